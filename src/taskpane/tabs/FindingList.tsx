/**
 * Findings grouped by severity, then by rule (one accordion item per rule, the first open), each
 * finding a button that selects its cell. Long lists are shown a page at a time.
 */
import { useMemo, useState } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, CounterBadge, makeStyles, Text, tokens } from "@fluentui/react-components";
import { Finding, ruleInfo, Severity } from "../../workbook";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  finding: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "left",
    justifyContent: "start",
    alignItems: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    minHeight: "auto",
    fontWeight: tokens.fontWeightRegular,
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  message: { whiteSpace: "normal" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  severityHeading: { marginTop: tokens.spacingVerticalS },
});

const PAGE = 200;

type RuleGroup = { code: string; findings: Finding[] };

export function groupFindings(findings: readonly Finding[]): { severity: Severity; rules: RuleGroup[] }[] {
  const out: { severity: Severity; rules: RuleGroup[] }[] = [];
  for (const severity of ["error", "warning"] as const) {
    const byRule = new Map<string, Finding[]>();
    for (const f of findings) if (f.severity === severity) byRule.set(f.code, [...(byRule.get(f.code) ?? []), f]);
    if (byRule.size > 0) out.push({ severity, rules: [...byRule].map(([code, list]) => ({ code, findings: list })) });
  }
  return out;
}

/** One rule's findings, a page at a time. */
function FindingPage({ findings, onSelect }: { findings: Finding[]; onSelect: (f: Finding) => void }) {
  const styles = useStyles();
  const { t } = usePane();
  const [shown, setShown] = useState(PAGE);
  return (
    <>
      <ul className={styles.list}>
        {findings.slice(0, shown).map((f) => (
          <li key={`${f.address}-${f.code}`}>
            <Button appearance="subtle" className={styles.finding} onClick={() => onSelect(f)} aria-label={`${t("goToCell")} ${f.cell}: ${f.message}`}>
              <span className={styles.cell}>{f.cell}</span>
              <span className={styles.message}>{f.message}</span>
            </Button>
          </li>
        ))}
      </ul>
      {findings.length > shown && (
        <Button appearance="transparent" onClick={() => setShown(shown + PAGE)}>
          +{findings.length - shown}
        </Button>
      )}
    </>
  );
}

export function FindingList({ findings, onSelect }: { findings: readonly Finding[]; onSelect: (f: Finding) => void }) {
  const styles = useStyles();
  const { t } = usePane();
  const groups = useMemo(() => groupFindings(findings), [findings]);
  return (
    <>
      {groups.map((group) => (
        <section key={group.severity} aria-label={group.severity === "error" ? t("errors") : t("warnings")}>
          <Text as="h2" weight="semibold" className={styles.severityHeading}>
            {group.severity === "error" ? "Error" : t("warnings")[0].toUpperCase() + t("warnings").slice(1)}
          </Text>
          <Accordion multiple collapsible defaultOpenItems={group.rules.slice(0, 1).map((r) => r.code)}>
            {group.rules.map((rule) => (
              <AccordionItem key={rule.code} value={rule.code}>
                <AccordionHeader size="small">
                  <span className={styles.row}>
                    {ruleInfo(rule.code)?.title ?? rule.code}
                    <CounterBadge count={rule.findings.length} size="small" color={group.severity === "error" ? "danger" : "informative"} overflowCount={9999} />
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <FindingPage findings={rule.findings} onSelect={onSelect} />
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
        </section>
      ))}
    </>
  );
}
