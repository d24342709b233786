import { FluentProvider, webLightTheme, Title3, Body1 } from "@fluentui/react-components";
import { CATALOGUE } from "../functions/catalogue";
import { exampleFormula } from "../functions/formula-text";

export function App() {
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 12 }}>
        <Title3 as="h1">Kinerja ASN</Title3>
        <ul>
          {CATALOGUE.map((fn) => (
            <li key={fn.name}>
              <Body1>
                <b>KINERJA.{fn.name}</b> — {exampleFormula(fn)}
              </Body1>
            </li>
          ))}
        </ul>
      </main>
    </FluentProvider>
  );
}
