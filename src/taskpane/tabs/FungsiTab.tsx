/**
 * Fungsi: the KINERJA.* catalogue, searchable, each with an Indonesian description and example;
 * "Sisipkan ke sel" writes the example formula into the active cell.
 */
import { useMemo, useState } from "react";
import {
  Badge,
  Button,
  Caption1,
  Card,
  CardHeader,
  makeStyles,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Text,
  tokens,
} from "@fluentui/react-components";
import { TextBulletListSquareEdit20Regular } from "@fluentui/react-icons";
import { CATALOGUE, Kategori } from "../../functions/catalogue";
import { exampleFormula } from "../../functions/formula-text";
import { ErrorBar } from "../components";
import { usePane } from "../pane-context";
import { wordKey } from "../../core/words";

const useStyles = makeStyles({
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  card: { gap: tokens.spacingVerticalXS },
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

export default function FungsiTab() {
  const styles = useStyles();
  const { service, t } = usePane();
  const [query, setQuery] = useState("");
  const [notice, setNotice] = useState<string | undefined>();
  const [error, setError] = useState<unknown>();

  const matches = useMemo(() => {
    const q = wordKey(query);
    return CATALOGUE.filter((f) => q === "" || wordKey(f.name).includes(q) || wordKey(f.description).includes(q) || wordKey(f.category).includes(q));
  }, [query]);
  const categories = [...new Set(matches.map((f) => f.category))] as Kategori[];

  return (
    <div className={styles.stack}>
      <SearchBox placeholder={t("searchFunctions")} aria-label={t("searchFunctions")} value={query} onChange={(_, d) => setQuery(d.value)} />
      {notice && (
        <MessageBar intent="success">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {error !== undefined && <ErrorBar error={error} />}
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
              <Card key={fn.name} className={styles.card} size="small" aria-label={`KINERJA.${fn.name}`}>
                <CardHeader header={<Text weight="semibold">KINERJA.{fn.name}</Text>} />
                <Caption1>{fn.description}</Caption1>
                <Caption1 className={styles.muted}>{t("arguments")}:</Caption1>
                <ul className={styles.params}>
                  {fn.params.map((p) => (
                    <li key={p.name}>
                      <b>{p.name}</b>
                      {p.optional && (
                        <Badge size="small" appearance="outline" style={{ marginLeft: 4 }}>
                          {t("optional")}
                        </Badge>
                      )}{" "}
                      — {p.description}
                    </li>
                  ))}
                </ul>
                <Caption1 className={styles.muted}>{t("example")}:</Caption1>
                <code className={styles.formula}>
                  {exampleFormula(fn)} → {fn.example.result}
                </code>
                <div>
                  <Button
                    size="small"
                    aria-label={`${t("insert")}: KINERJA.${fn.name}`}
                    icon={<TextBulletListSquareEdit20Regular />}
                    onClick={async () => {
                      setError(undefined);
                      try {
                        const address = await service.insertFormula(exampleFormula(fn, "invariant"));
                        setNotice(`${t("inserted")} ${address}`);
                      } catch (e) {
                        setError(e);
                      }
                    }}
                  >
                    {t("insert")}
                  </Button>
                </div>
              </Card>
            ))}
        </section>
      ))}
    </div>
  );
}
