/**
 * Findings grouped by severity, then by rule (one accordion item per rule, the first open). A
 * rule's shared advice is said once at its top; each finding is a button that selects its cell,
 * named by what it shows (cell, then its own message). Long lists are shown a page at a time; the
 * finding stepped to with next/previous is opened and shown.
 */
import { useEffect, useMemo, useState } from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, AccordionToggleData, Button, Caption1, CounterBadge, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { Finding, findingValue, ruleInfo, Severity, SheetData } from "../../workbook";
import { sharedAdvice } from "../findings-view";
import { usePane } from "../pane-context";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap", minWidth: 0 },
  finding: {
    display: "grid",
    gridTemplateColumns: "auto minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    maxWidth: "100%",
    textAlign: "left",
    justifyContent: "start",
    alignItems: "start",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    minHeight: "auto",
    fontWeight: tokens.fontWeightRegular,
  },
  current: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  message: { whiteSpace: "normal", overflowWrap: "anywhere" },
  value: { display: "block", color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  advice: { display: "block", marginBottom: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  severityHeading: { display: "block", marginTop: tokens.spacingVerticalS },
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

export const findingKey = (f: Finding): string => `${f.address}-${f.code}`;

/** One rule's findings, a page at a time; the advice they share once above them. */
function FindingPage({ findings, sheet, current, onSelect }: { findings: Finding[]; sheet: SheetData; current?: Finding; onSelect: (f: Finding) => void }) {
  const styles = useStyles();
  const { t, lang } = usePane();
  const [shown, setShown] = useState(PAGE);
  const { advice, own } = useMemo(() => sharedAdvice(findings.map((f) => f.message)), [findings]);
  const currentIndex = current ? findings.indexOf(current) : -1;
  // Stepping to a finding beyond the page shows it.
  useEffect(() => {
    if (currentIndex >= shown) setShown(Math.ceil((currentIndex + 1) / PAGE) * PAGE);
  }, [currentIndex, shown]);
  const left = findings.length - shown;
  return (
    <>
      {advice && (
        <Caption1 className={styles.advice}>
          {t("advice")}: {advice}
        </Caption1>
      )}
      <ul className={styles.list}>
        {findings.slice(0, shown).map((f, i) => {
          const value = findingValue(sheet, f);
          const showValue = value !== "" && !own[i].includes(value);
          return (
            <li key={findingKey(f)}>
              <Button
                appearance="subtle"
                className={mergeClasses(styles.finding, f === current && styles.current)}
                aria-current={f === current ? "true" : undefined}
                onClick={() => onSelect(f)}
              >
                <span className={styles.cell}>{f.cell}</span>{" "}
                <span className={styles.message}>
                  {own[i]}
                  {showValue && (
                    <span className={styles.value}>
                      {" "}
                      {t("cellHolds")}: “{value.length > 60 ? `${value.slice(0, 59)}…` : value}”
                    </span>
                  )}
                </span>
              </Button>
            </li>
          );
        })}
      </ul>
      {left > 0 && (
        <Button appearance="transparent" onClick={() => setShown(shown + PAGE)}>
          {t("showMore")} {Math.min(PAGE, left).toLocaleString(lang === "id" ? "id-ID" : "en-US")} ({left.toLocaleString(lang === "id" ? "id-ID" : "en-US")} {t("remaining")})
        </Button>
      )}
    </>
  );
}

export function FindingList({ findings, sheet, current, onSelect }: { findings: readonly Finding[]; sheet: SheetData; current?: Finding; onSelect: (f: Finding) => void }) {
  const styles = useStyles();
  const { t } = usePane();
  const groups = useMemo(() => groupFindings(findings), [findings]);
  const [open, setOpen] = useState<string[]>(() => groups.map((g) => g.rules[0].code));
  // The rule of the finding stepped to is opened.
  useEffect(() => {
    if (current && !open.includes(current.code)) setOpen([...open, current.code]);
  }, [current, open]);
  const toggle = (_: unknown, data: AccordionToggleData<string>) => setOpen(data.openItems);
  return (
    <Accordion multiple collapsible openItems={open} onToggle={toggle}>
      {groups.map((group) => {
        const label = group.severity === "error" ? t("severityError") : t("severityWarning");
        return (
          <section key={group.severity} aria-label={label}>
            <Text as="h2" weight="semibold" className={styles.severityHeading}>
              {label}
            </Text>
            {group.rules.map((rule) => (
              <AccordionItem key={rule.code} value={rule.code}>
                <AccordionHeader size="small">
                  <span className={styles.row}>
                    {ruleInfo(rule.code)?.title ?? rule.code}
                    <CounterBadge count={rule.findings.length} size="small" color={group.severity === "error" ? "danger" : "informative"} overflowCount={99999} />
                  </span>
                </AccordionHeader>
                <AccordionPanel>
                  <FindingPage findings={rule.findings} sheet={sheet} current={current} onSelect={onSelect} />
                </AccordionPanel>
              </AccordionItem>
            ))}
          </section>
        );
      })}
    </Accordion>
  );
}
