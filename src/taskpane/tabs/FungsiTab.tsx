/**
 * Fungsi: the KINERJA.* catalogue, searchable, each card collapsed to its name and purpose.
 * Opened, a card shows the arguments and example and builds the formula from cells the officer
 * picks in Excel, argument by argument ("Ambil pilihan"); "Sisipkan ke sel" writes it (or, with no
 * argument given, the example) into the chosen cell or the active one.
 */
import { useMemo, useState } from "react";
import {
  Button,
  Caption1,
  Card,
  CardHeader,
  Field,
  Input,
  makeStyles,
  SearchBox,
  Text,
  tokens,
} from "@fluentui/react-components";
import { ChevronDown20Regular, ChevronUp20Regular, CursorClick20Regular, TextBulletListSquareEdit20Regular } from "@fluentui/react-icons";
import { CATALOGUE, FunctionInfo, Kategori } from "../../functions/catalogue";
import { describeOfficeError } from "../../excel/office-errors";
import { builtFormula, localAddress } from "../formula-builder";
import { exampleFormula } from "../../functions/formula-text";
import { ErrorBar } from "../components";
import { usePane } from "../pane-context";
import { wordKey } from "../../core/words";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  card: { gap: tokens.spacingVerticalXS, minWidth: 0 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  argRow: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center", minWidth: 0 },
  grow: { flexGrow: 1, minWidth: 0 },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: "anywhere",
  },
  params: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  muted: { color: tokens.colorNeutralForeground3 },
  category: { marginTop: tokens.spacingVerticalS },
});

/** One function: collapsed to its name and purpose; opened, its arguments, example and a formula builder. */
function FunctionCard({ fn }: { fn: FunctionInfo }) {
  const styles = useStyles();
  const { service, t, announce, notify } = usePane();
  const [open, setOpen] = useState(false);
  const [args, setArgs] = useState<string[]>(() => fn.params.map(() => ""));
  const [target, setTarget] = useState("");
  const [error, setError] = useState<unknown>();
  const detailsId = `fungsi-${fn.name}`;
  const built = args.some((a) => a.trim() !== "");
  const targetSheet = target ? target.slice(0, Math.max(0, target.lastIndexOf("!"))).replace(/^'(.*)'$/, "$1").replace(/''/g, "'") : undefined;

  const fail = (e: unknown) => {
    setError(e);
    announce(describeOfficeError(e), { alert: true });
  };
  const pick = async (apply: (address: string) => void) => {
    setError(undefined);
    try {
      apply(await service.selectedAddress());
    } catch (e) {
      fail(e);
    }
  };
  const insert = async () => {
    setError(undefined);
    try {
      // Arguments picked from the selection moved Excel's active cell: go back to the chosen cell first.
      if (target) await service.select(target);
      const address = await service.insertFormula(built ? builtFormula(fn.name, args, "invariant") : exampleFormula(fn, "invariant"));
      notify(`${t("inserted")} ${address}`);
    } catch (e) {
      fail(e);
    }
  };

  return (
    <Card className={styles.card} size="small" aria-label={`KINERJA.${fn.name}`}>
      <CardHeader header={<Text weight="semibold">KINERJA.{fn.name}</Text>} description={<Caption1>{fn.description}</Caption1>} />
      <div className={styles.actions}>
        <Button size="small" appearance="subtle" icon={open ? <ChevronUp20Regular /> : <ChevronDown20Regular />} aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen(!open)}>
          {t("details")}
        </Button>
        <Button size="small" aria-label={`${t("insert")}: KINERJA.${fn.name}`} icon={<TextBulletListSquareEdit20Regular />} onClick={insert}>
          {t("insert")}
        </Button>
      </div>
      {error !== undefined && <ErrorBar error={error} />}
      {open && (
        <div id={detailsId} className={styles.stack}>
          <Caption1 className={styles.muted}>{t("example")}:</Caption1>
          <code className={styles.formula}>
            {exampleFormula(fn)} → {fn.example.result}
          </code>
          <Caption1 className={styles.muted}>{t("buildHint")}</Caption1>
          {fn.params.map((p, i) => (
            <Field key={p.name} label={`${p.name}${p.optional ? ` (${t("optional")})` : ""}`} hint={p.description}>
              <div className={styles.argRow}>
                <Input
                  className={styles.grow}
                  value={args[i]}
                  onChange={(_, d) => setArgs(args.map((a, j) => (j === i ? d.value : a)))}
                />
                <Button
                  size="small"
                  icon={<CursorClick20Regular />}
                  aria-label={`${t("useSelection")}: ${p.name}`}
                  title={t("useSelection")}
                  onClick={() => pick((address) => setArgs((current) => current.map((a, j) => (j === i ? localAddress(address, targetSheet) : a))))}
                />
              </div>
            </Field>
          ))}
          <Field label={t("targetCell")} hint={t("targetHint")}>
            <div className={styles.argRow}>
              <Input className={styles.grow} value={target} onChange={(_, d) => setTarget(d.value)} />
              <Button size="small" icon={<CursorClick20Regular />} aria-label={`${t("useSelection")}: ${t("targetCell")}`} title={t("useSelection")} onClick={() => pick(setTarget)} />
            </div>
          </Field>
          {built && <code className={styles.formula} aria-label={t("formulaPreview")}>{builtFormula(fn.name, args, "id")}</code>}
        </div>
      )}
    </Card>
  );
}

export default function FungsiTab() {
  const styles = useStyles();
  const { t } = usePane();
  const [query, setQuery] = useState("");

  const matches = useMemo(() => {
    const q = wordKey(query);
    return CATALOGUE.filter((f) => q === "" || wordKey(f.name).includes(q) || wordKey(f.description).includes(q) || wordKey(f.category).includes(q));
  }, [query]);
  const categories = [...new Set(matches.map((f) => f.category))] as Kategori[];

  return (
    <div className={styles.stack}>
      <SearchBox
        placeholder={t("searchFunctions")}
        aria-label={t("searchFunctions")}
        value={query}
        onChange={(_, d) => setQuery(d.value)}
        dismiss={{ "aria-label": t("clearSearch") }}
      />
      <Caption1 className={styles.muted} aria-live="polite">
        {matches.length} / {CATALOGUE.length}
      </Caption1>
      {categories.map((category) => (
        <section key={category} aria-label={category} className={styles.stack}>
          <Text as="h2" weight="semibold" className={styles.category}>
            {category}
          </Text>
          {matches
            .filter((f) => f.category === category)
            .map((fn) => (
              <FunctionCard key={fn.name} fn={fn} />
            ))}
        </section>
      ))}
    </div>
  );
}
