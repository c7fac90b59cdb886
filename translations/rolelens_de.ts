<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CatalogFileParser</name>
    <message>
        <source>expected &quot;rolelens-catalog&quot;, found &quot;%1&quot;</source>
        <translation>&quot;rolelens-catalog&quot; erwartet, &quot;%1&quot; gefunden</translation>
    </message>
    <message>
        <source>version %1 is not supported (this program reads version %2)</source>
        <translation>Version %1 wird nicht unterstützt (dieses Programm liest Version %2)</translation>
    </message>
    <message>
        <source>duplicate %1 id &quot;%2&quot; in this file</source>
        <translation>doppelte %1-ID &quot;%2&quot; in dieser Datei</translation>
    </message>
    <message>
        <source>unknown source kind &quot;%1&quot; (expected article, general-practice or illustrative)</source>
        <translation>unbekannte Quellenart &quot;%1&quot; (erwartet: article, general-practice oder illustrative)</translation>
    </message>
    <message>
        <source>must list at least one entry</source>
        <translation>muss mindestens einen Eintrag enthalten</translation>
    </message>
    <message>
        <source>must list at least one tag</source>
        <translation>muss mindestens ein Tag enthalten</translation>
    </message>
    <message>
        <source>unknown tag &quot;%1&quot; for %2 (expected one of: %3)</source>
        <translation>unbekanntes Tag &quot;%1&quot; für %2 (erwartet wird eines von: %3)</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is listed twice</source>
        <translation>Tag &quot;%1&quot; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>unknown emphasis &quot;%1&quot; (expected primary or secondary)</source>
        <translation>unbekannter Schwerpunkt &quot;%1&quot; (erwartet: primary oder secondary)</translation>
    </message>
    <message>
        <source>weight %1 is out of range (expected 1 to 5)</source>
        <translation>Gewicht %1 liegt außerhalb des gültigen Bereichs (erwartet: 1 bis 5)</translation>
    </message>
    <message>
        <source>must name at least one role</source>
        <translation>muss mindestens eine Rolle nennen</translation>
    </message>
    <message>
        <source>a disagreement needs at least two positions</source>
        <translation>eine Meinungsverschiedenheit braucht mindestens zwei Positionen</translation>
    </message>
    <message>
        <source>every statement must cite at least one source</source>
        <translation>jede Aussage muss mindestens eine Quelle angeben</translation>
    </message>
    <message>
        <source>%1 weeks is out of range (expected %2 %3 to 520)</source>
        <translation>%1 Wochen liegt außerhalb des gültigen Bereichs (erwartet: %2 %3 bis 520)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>über</translation>
    </message>
    <message>
        <source>holdWeeks needs decayHalfLifeWeeks (without decay the effect lasts)</source>
        <translation>holdWeeks braucht decayHalfLifeWeeks (ohne Abklingen bleibt die Wirkung bestehen)</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>is a folder, not a catalog file</source>
        <translation>ist ein Ordner, keine Katalogdatei</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is %1 bytes; catalog files are limited to %2 bytes</source>
        <translation>ist %1 Bytes groß; Katalogdateien dürfen höchstens %2 Bytes groß sein</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation>unbekannte Quelle &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a citation of the article &quot;%1&quot; must quote the statement that supports it</source>
        <translation>ein Verweis auf den Artikel &quot;%1&quot; muss die Aussage zitieren, die ihn stützt</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;</source>
        <translation>unbekannte Kennzahl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (closest known: %2)</source>
        <translation>unbekannte Rolle &quot;%1&quot; (ähnlichste bekannte: %2)</translation>
    </message>
    <message>
        <source>a role cannot supervise itself</source>
        <translation>eine Rolle kann nicht sich selbst vorgesetzt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; supervises &quot;%2&quot;, but &quot;%2&quot; does not list &quot;%1&quot; in reportsTo</source>
        <translation>&quot;%1&quot; leitet &quot;%2&quot;, aber &quot;%2&quot; führt &quot;%1&quot; nicht in reportsTo auf</translation>
    </message>
    <message>
        <source>a role cannot report to itself</source>
        <translation>eine Rolle kann nicht an sich selbst berichten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reports to &quot;%2&quot;, but &quot;%2&quot; does not list &quot;%1&quot; in supervises</source>
        <translation>&quot;%1&quot; berichtet an &quot;%2&quot;, aber &quot;%2&quot; führt &quot;%1&quot; nicht in supervises auf</translation>
    </message>
    <message>
        <source>no role in any of the catalog files read (%1)</source>
        <translation>keine Rolle in den gelesenen Katalogdateien (%1)</translation>
    </message>
</context>
<context>
    <name>CitationIndex</name>
    <message>
        <source> (article)</source>
        <translation> (Artikel)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>list the roles</source>
        <translation>Rollen auflisten</translation>
    </message>
    <message>
        <source>List the roles in the catalog, by category.</source>
        <translation>Die Rollen im Katalog nach Kategorie auflisten.</translation>
    </message>
    <message>
        <source>one role&apos;s profile</source>
        <translation>Profil einer Rolle</translation>
    </message>
    <message>
        <source>Show one role&apos;s profile: its purpose, every comparison dimension, responsibilities, skills, success metrics, what it does not do, misconceptions, and the sources of each statement. ROLE is an id or an alias (e.g. SMM).</source>
        <translation>Das Profil einer Rolle anzeigen: Zweck, alle Vergleichsdimensionen, Aufgaben, Fähigkeiten, Erfolgskennzahlen, wofür sie nicht zuständig ist, Irrtümer und die Quellen jeder Aussage. ROLE ist eine ID oder ein Alias (z. B. SMM).</translation>
    </message>
    <message>
        <source>2 to 4 roles side by side</source>
        <translation>2 bis 4 Rollen nebeneinander</translation>
    </message>
    <message>
        <source>Compare 2 to 4 roles side by side, dimension by dimension, with the metrics, responsibilities and skills they share and those unique to each.</source>
        <translation>2 bis 4 Rollen nebeneinander vergleichen, Dimension für Dimension, mit den gemeinsamen Kennzahlen, Aufgaben und Fähigkeiten sowie denen, die nur eine Rolle hat.</translation>
    </message>
    <message>
        <source>Also load the catalog FILE (repeatable); its entries add to or replace built-in ones.</source>
        <translation>Zusätzlich die Katalogdatei DATEI laden (wiederholbar); ihre Einträge ergänzen oder ersetzen die eingebauten.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Output format: text, json or markdown.</source>
        <translation>Ausgabeformat: text, json oder markdown.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Print debug messages to stderr.</source>
        <translation>Debug-Meldungen auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Try &apos;rolelens --help&apos;.</source>
        <translation>Siehe &apos;rolelens --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (commands: list, show, compare)</source>
        <translation>unbekannter Befehl &quot;%1&quot; (Befehle: list, show, compare)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected text, json or markdown)</source>
        <translation>unbekanntes Format &quot;%1&quot; (erwartet: text, json oder markdown)</translation>
    </message>
    <message>
        <source>--format needs a command (list, show or compare)</source>
        <translation>--format braucht einen Befehl (list, show oder compare)</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>compare takes 2 to 4 roles, %1 given</source>
        <translation>compare erwartet 2 bis 4 Rollen, %1 angegeben</translation>
    </message>
    <message>
        <source>%1 needs a role id, e.g. &apos;rolelens %1 social-media-manager&apos;</source>
        <translation>%1 braucht eine Rollen-ID, z. B. &apos;rolelens %1 social-media-manager&apos;</translation>
    </message>
    <message>
        <source>too many arguments for %1: %2</source>
        <translation>zu viele Argumente für %1: %2</translation>
    </message>
    <message>
        <source>rolelens: the catalog is invalid; problems found: %1</source>
        <translation>rolelens: der Katalog ist ungültig; gefundene Probleme: %1</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; did you mean: %2?</source>
        <translation>unbekannte Rolle &quot;%1&quot;; gemeint war vielleicht: %2?</translation>
    </message>
    <message>
        <source>Also load a catalog file (repeatable).</source>
        <translation>Zusätzlich eine Katalogdatei laden (wiederholbar).</translation>
    </message>
    <message>
        <source>Usage: rolelens %1 [options]</source>
        <translation>Aufruf: rolelens %1 [Optionen]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>text (default), json or markdown.</source>
        <translation>text (Standard), json oder markdown.</translation>
    </message>
    <message>
        <source>Usage: rolelens [options] [command] [arguments]</source>
        <translation>Aufruf: rolelens [Optionen] [Befehl] [Argumente]</translation>
    </message>
    <message>
        <source>RoleLens explains what social media and adjacent roles are for, how they are judged, and what they do not do. Without a command, the window starts.</source>
        <translation>RoleLens erklärt, wofür Social-Media-Rollen und verwandte Rollen da sind, woran sie gemessen werden und was sie nicht tun. Ohne Befehl startet das Fenster.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>With a command: text (default), json or markdown.</source>
        <translation>Mit Befehl: text (Standard), json oder markdown.</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) and exit.</source>
        <translation>Das Fenster in DATEI (PNG) rendern und beenden.</translation>
    </message>
    <message>
        <source>Window view: browse or compare.</source>
        <translation>Fensteransicht: browse oder compare.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>ANSICHT</translation>
    </message>
    <message>
        <source>Window palette: light or dark (default: the system&apos;s).</source>
        <translation>Fensterpalette: light oder dark (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>PALETTE</source>
        <translation>PALETTE</translation>
    </message>
    <message>
        <source>--screenshot, --view and --palette are for the window, not for &apos;%1&apos;</source>
        <translation>--screenshot, --view und --palette gelten für das Fenster, nicht für &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot; (expected browse, compare, metrics or results)</source>
        <translation>unbekannte Ansicht &quot;%1&quot; (erwartet: browse, compare, metrics oder results)</translation>
    </message>
    <message>
        <source>unknown palette &quot;%1&quot; (expected light or dark)</source>
        <translation>unbekannte Palette &quot;%1&quot; (erwartet: light oder dark)</translation>
    </message>
    <message>
        <source>Window options:</source>
        <translation>Fensteroptionen:</translation>
    </message>
    <message>
        <source>Use this palette, not the system&apos;s.</source>
        <translation>Diese Palette statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>Render the window to a PNG and exit.</source>
        <translation>Das Fenster als PNG rendern und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: the role (browse) or roles</source>
        <translation>Mit --screenshot: die Rolle (browse) oder Rollen</translation>
    </message>
    <message>
        <source>(compare) to show.</source>
        <translation>(compare), die gezeigt werden.</translation>
    </message>
    <message>
        <source>With --screenshot: browse|compare|metrics|results</source>
        <translation>Mit --screenshot: browse|compare|metrics|results</translation>
    </message>
    <message>
        <source>&apos;rolelens COMMAND --help&apos; describes a command. Exit codes: 0 success, 1 the window could not start, 2 wrong usage or unknown role, 3 invalid catalog file, 4 a file could not be written.</source>
        <translation>&apos;rolelens BEFEHL --help&apos; beschreibt einen Befehl. Exit-Codes: 0 Erfolg, 1 das Fenster konnte nicht starten, 2 falscher Aufruf oder unbekannte Rolle, 3 ungültige Katalogdatei, 4 eine Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Write the printable sheet to FILE (PDF).</source>
        <translation>Das druckbare Blatt in DATEI (PDF) schreiben.</translation>
    </message>
    <message>
        <source>Paper: a4 or letter.</source>
        <translation>Papierformat: a4 oder letter.</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>PAPIER</translation>
    </message>
    <message>
        <source>--pdf needs a file name</source>
        <translation>--pdf braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--pdf goes with &apos;show&apos; or &apos;compare&apos;</source>
        <translation>--pdf gilt nur für &apos;show&apos; oder &apos;compare&apos;</translation>
    </message>
    <message>
        <source>--paper goes with --pdf</source>
        <translation>--paper gilt nur zusammen mit --pdf</translation>
    </message>
    <message>
        <source>unknown paper &quot;%1&quot; (expected a4 or letter)</source>
        <translation>unbekanntes Papierformat &quot;%1&quot; (erwartet: a4 oder letter)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages, %3).</source>
        <translation>%1 geschrieben (Seiten: %2, %3).</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>a comparison takes %1 to %2 roles, %3 given</source>
        <translation>ein Vergleich umfasst %1 bis %2 Rollen, %3 angegeben</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (closest known: %2)</source>
        <translation>unbekannte Rolle &quot;%1&quot; (ähnlichste bekannte: %2)</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; is given twice</source>
        <translation>Rolle &quot;%1&quot; ist doppelt angegeben</translation>
    </message>
</context>
<context>
    <name>Dimension</name>
    <message>
        <source>Role and purpose</source>
        <translation>Rolle und Zweck</translation>
    </message>
    <message>
        <source>Content creation vs strategy and execution</source>
        <translation>Content-Erstellung vs. Strategie und Umsetzung</translation>
    </message>
    <message>
        <source>Ownership and employment</source>
        <translation>Eigentum und Anstellung</translation>
    </message>
    <message>
        <source>Audience engagement</source>
        <translation>Interaktion mit dem Publikum</translation>
    </message>
    <message>
        <source>How the role earns</source>
        <translation>Verdienstmodell</translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation>Erfolgskennzahlen</translation>
    </message>
    <message>
        <source>Time horizon</source>
        <translation>Zeithorizont</translation>
    </message>
    <message>
        <source>Decision level</source>
        <translation>Entscheidungsebene</translation>
    </message>
    <message>
        <source>Place in the hierarchy</source>
        <translation>Stellung in der Hierarchie</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <source>no display is available (DISPLAY is not set)</source>
        <translation>keine Anzeige verfügbar (DISPLAY ist nicht gesetzt)</translation>
    </message>
    <message>
        <source>no X server answers on display %1</source>
        <translation>kein X-Server antwortet auf Display %1</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top</source>
        <translation>auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekanntes Feld &quot;%1&quot; (erwartet wird eines von: %2)</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (lower-case letters and digits joined by hyphens)</source>
        <translation>&quot;%1&quot; ist keine gültige ID (Kleinbuchstaben und Ziffern, durch Bindestriche verbunden)</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>rolelens: cannot write the screenshot %1</source>
        <translation>rolelens: der Screenshot %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>rolelens: cannot open the window: %1. Run it under a desktop session or &apos;xvfb-run -a rolelens&apos;, or use the command line: &apos;rolelens --help&apos;.</source>
        <translation>rolelens: das Fenster kann nicht geöffnet werden: %1. In einer Desktop-Sitzung oder mit &apos;xvfb-run -a rolelens&apos; starten oder die Kommandozeile verwenden: &apos;rolelens --help&apos;.</translation>
    </message>
    <message>
        <source>RoleLens</source>
        <translation>RoleLens</translation>
    </message>
    <message>
        <source>The catalog could not be loaded:

%1</source>
        <translation>Der Katalog konnte nicht geladen werden:

%1</translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>also called %1</source>
        <translation>auch genannt %1</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation>Erfolgskennzahlen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Emphasis</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>Weight (1-5)</source>
        <translation>Gewicht (1-5)</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Place in the organisation</source>
        <translation>Stellung in der Organisation</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Berichtet an</translation>
    </message>
    <message>
        <source>nobody in the catalog</source>
        <translation>niemand im Katalog</translation>
    </message>
    <message>
        <source>Supervises</source>
        <translation>Leitet</translation>
    </message>
    <message>
        <source>Does not do</source>
        <translation>Nicht zuständig für</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Misconceptions</source>
        <translation>Irrtümer</translation>
    </message>
    <message>
        <source>Where the sources disagree</source>
        <translation>Wo die Quellen uneins sind</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Success metric weights (1-5)</source>
        <translation>Gewichtung der Erfolgskennzahlen (1-5)</translation>
    </message>
</context>
<context>
    <name>MetricChartBuilder</name>
    <message>
        <source>Weight (1-5)</source>
        <translation>Gewicht (1-5)</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Formel:</translation>
    </message>
    <message>
        <source>Primary emphasis</source>
        <translation>Primärer Schwerpunkt</translation>
    </message>
    <message>
        <source>Secondary emphasis</source>
        <translation>Sekundärer Schwerpunkt</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>sekundär</translation>
    </message>
    <message>
        <source>What %1 is judged by</source>
        <translation>Woran %1 gemessen wird</translation>
    </message>
    <message>
        <source>Not a measure of this role</source>
        <translation>Kein Maßstab für diese Rolle</translation>
    </message>
    <message>
        <source>Success metrics by role (lighter bar: secondary emphasis)</source>
        <translation>Erfolgskennzahlen je Rolle (hellerer Balken: sekundär)</translation>
    </message>
    <message>
        <source>Expected results over time (assumptions, see the table)</source>
        <translation>Erwartete Ergebnisse im Zeitverlauf (Annahmen, siehe Tabelle)</translation>
    </message>
    <message>
        <source>Weeks after the hire or the start of the collaboration</source>
        <translation>Wochen nach Einstellung oder Beginn der Zusammenarbeit</translation>
    </message>
    <message>
        <source>Share of full effect</source>
        <translation>Anteil der vollen Wirkung</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>RoleLens %1</source>
        <translation>RoleLens %1</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>überlappend</translation>
    </message>
    <message>
        <source>different</source>
        <translation>verschieden</translation>
    </message>
</context>
<context>
    <name>ResultCurve</name>
    <message>
        <source>; it then lasts.</source>
        <translation>; danach bleibt sie bestehen.</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>First effect after %1, full effect %2 later</source>
        <translation>Erste Wirkung nach %1, volle Wirkung %2 später</translation>
    </message>
    <message>
        <source>; it holds %1, then halves every %2.</source>
        <translation>; sie hält %1 an und halbiert sich dann alle %2.</translation>
    </message>
</context>
<context>
    <name>RoleProfileHtml</name>
    <message>
        <source>also called %1</source>
        <translation>auch genannt %1</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation>Erfolgskennzahlen</translation>
    </message>
    <message>
        <source>Weight 1-5: how much the role is judged by the metric. Hover over a metric for its definition and formula.</source>
        <translation>Gewicht 1-5: wie stark die Rolle an der Kennzahl gemessen wird. Mit der Maus auf eine Kennzahl zeigen, um Definition und Formel zu sehen.</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>sekundär</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Place in the organisation</source>
        <translation>Stellung in der Organisation</translation>
    </message>
    <message>
        <source>nobody in the catalog</source>
        <translation>niemand im Katalog</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Berichtet an</translation>
    </message>
    <message>
        <source>Supervises</source>
        <translation>Leitet</translation>
    </message>
    <message>
        <source>What this role does not do, and who does</source>
        <translation>Wofür diese Rolle nicht zuständig ist, und wer es ist</translation>
    </message>
    <message>
        <source>Misconceptions</source>
        <translation>Irrtümer</translation>
    </message>
    <message>
        <source>Belief:</source>
        <translation>Annahme:</translation>
    </message>
    <message>
        <source>Reality:</source>
        <translation>Realität:</translation>
    </message>
    <message>
        <source>Where the sources disagree</source>
        <translation>Wo die Quellen uneins sind</translation>
    </message>
    <message>
        <source>Expected results over time (assumptions)</source>
        <translation>Erwartete Ergebnisse im Zeitverlauf (Annahmen)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Hover over a reference number to read the exact statement.</source>
        <translation>Mit der Maus auf eine Quellennummer zeigen, um die genaue Aussage zu lesen.</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>RoleLens · %1</source>
        <translation>RoleLens · %1</translation>
    </message>
    <message>
        <source>Made with RoleLens %1. Statements cite their sources; assumptions are labelled.</source>
        <translation>Erstellt mit RoleLens %1. Aussagen nennen ihre Quellen; Annahmen sind gekennzeichnet.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>SheetContent</name>
    <message>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>sekundär</translation>
    </message>
    <message>
        <source>, weight %1 of 5</source>
        <translation>, Gewicht %1 von 5</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> vs. </translation>
    </message>
    <message>
        <source>Formula: %1.</source>
        <translation>Formel: %1.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Emphasis</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <source>Definition and formula</source>
        <translation>Definition und Formel</translation>
    </message>
    <message>
        <source> (changed from the catalog&apos;s values)</source>
        <translation> (geändert gegenüber den Katalogwerten)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>These curves are assumptions, not measurements or promises: the values are illustrative, shaped by what the sources say about when each role&apos;s contribution shows.</source>
        <translation>Diese Kurven sind Annahmen, keine Messungen oder Versprechen: Die Werte sind illustrativ und orientieren sich an den Aussagen der Quellen dazu, wann der Beitrag jeder Rolle sichtbar wird.</translation>
    </message>
    <message>
        <source>The catalog lists nothing this role is commonly, and wrongly, expected to do.</source>
        <translation>Der Katalog nennt nichts, was von dieser Rolle häufig fälschlich erwartet wird.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Numbers in brackets refer to this list. Each statement&apos;s exact quotation is in RoleLens (hover the reference) and in &apos;rolelens show ROLE --format json&apos;.</source>
        <translation>Zahlen in Klammern verweisen auf diese Liste. Das genaue Zitat jeder Aussage steht in RoleLens (mit der Maus auf die Quellennummer zeigen) und in &apos;rolelens show ROLE --format json&apos;.</translation>
    </message>
    <message>
        <source>Comparison sheet · %1</source>
        <translation>Vergleichsblatt · %1</translation>
    </message>
    <message>
        <source>What each role is for, how it is judged and what it does not do: to agree on realistic expectations before the hire.</source>
        <translation>Wofür jede Rolle da ist, woran sie gemessen wird und was sie nicht tut: um vor der Einstellung realistische Erwartungen zu vereinbaren.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Shaded rows: the roles differ (darker) or only partly overlap (lighter) on that dimension, as computed from the catalog&apos;s tags.</source>
        <translation>Schattierte Zeilen: Die Rollen unterscheiden sich in dieser Dimension (dunkler) oder überlappen nur teilweise (heller), berechnet aus den Tags des Katalogs.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Responsibilities of this role only</source>
        <translation>Aufgaben nur dieser Rolle</translation>
    </message>
    <message>
        <source>Skills of this role only</source>
        <translation>Fähigkeiten nur dieser Rolle</translation>
    </message>
    <message>
        <source>Metrics of this role only</source>
        <translation>Kennzahlen nur dieser Rolle</translation>
    </message>
    <message>
        <source>Shared by all: responsibilities: %1. Skills: %2. Metrics: %3.</source>
        <translation>Allen gemeinsam: Aufgaben: %1. Fähigkeiten: %2. Kennzahlen: %3.</translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation>Erfolgskennzahlen</translation>
    </message>
    <message>
        <source>Weight 1-5: how much each role is judged by the metric, from how many sources name it for the role. Hatched or lighter bars tell the roles apart in black and white; a lighter shade of a role&apos;s colour marks a secondary emphasis.</source>
        <translation>Gewicht 1-5: wie stark jede Rolle an der Kennzahl gemessen wird, abgeleitet daraus, wie viele Quellen sie für die Rolle nennen. Schraffierte oder hellere Balken unterscheiden die Rollen auch in Schwarz-Weiß; ein hellerer Ton der Farbe einer Rolle kennzeichnet einen sekundären Schwerpunkt.</translation>
    </message>
    <message>
        <source>Expected results over time</source>
        <translation>Erwartete Ergebnisse im Zeitverlauf</translation>
    </message>
    <message>
        <source>What each role does not do, and who does</source>
        <translation>Wofür jede Rolle nicht zuständig ist, und wer es ist</translation>
    </message>
    <message>
        <source>also called %1</source>
        <translation>auch genannt %1</translation>
    </message>
    <message>
        <source>Role profile · %1</source>
        <translation>Rollenprofil · %1</translation>
    </message>
    <message>
        <source>What this role is for, how it is judged and what it does not do: to agree on realistic expectations before the hire.</source>
        <translation>Wofür diese Rolle da ist, woran sie gemessen wird und was sie nicht tut: um vor der Einstellung realistische Erwartungen zu vereinbaren.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Place in the organisation</source>
        <translation>Stellung in der Organisation</translation>
    </message>
    <message>
        <source>nobody in the catalog</source>
        <translation>niemand im Katalog</translation>
    </message>
    <message>
        <source>Reports to: %1. Supervises: %2.</source>
        <translation>Berichtet an: %1. Leitet: %2.</translation>
    </message>
    <message>
        <source>What this role does not do, and who does</source>
        <translation>Wofür diese Rolle nicht zuständig ist, und wer es ist</translation>
    </message>
    <message>
        <source>Misconceptions</source>
        <translation>Irrtümer</translation>
    </message>
    <message>
        <source>Belief: %1 Reality: %2</source>
        <translation>Annahme: %1 Realität: %2</translation>
    </message>
    <message>
        <source>Where the sources disagree</source>
        <translation>Wo die Quellen uneins sind</translation>
    </message>
    <message>
        <source>Metric, definition and formula</source>
        <translation>Kennzahl, Definition und Formel</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>nobody in the catalog</source>
        <translation>niemand im Katalog</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Roles: %1. Show one with: rolelens show ID</source>
        <translation>Rollen: %1. Eine anzeigen mit: rolelens show ID</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Also called: %1</source>
        <translation>Auch genannt: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <source>Success metrics (weight 1-5: how much the role is judged by it)</source>
        <translation>Erfolgskennzahlen (Gewicht 1-5: wie stark die Rolle daran gemessen wird)</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primär</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>sekundär</translation>
    </message>
    <message>
        <source>Place in the organisation</source>
        <translation>Stellung in der Organisation</translation>
    </message>
    <message>
        <source>Reports to: %1</source>
        <translation>Berichtet an: %1</translation>
    </message>
    <message>
        <source>Supervises: %1</source>
        <translation>Leitet: %1</translation>
    </message>
    <message>
        <source>Does not do (and who does instead)</source>
        <translation>Nicht zuständig für (und wer stattdessen zuständig ist)</translation>
    </message>
    <message>
        <source>Misconceptions</source>
        <translation>Irrtümer</translation>
    </message>
    <message>
        <source>Belief: %1</source>
        <translation>Annahme: %1</translation>
    </message>
    <message>
        <source>Reality: %1</source>
        <translation>Realität: %1</translation>
    </message>
    <message>
        <source>Where the sources disagree</source>
        <translation>Wo die Quellen uneins sind</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Comparing %1</source>
        <translation>Vergleich von %1</translation>
    </message>
    <message>
        <source>Success metric weights (1-5)</source>
        <translation>Gewichtung der Erfolgskennzahlen (1-5)</translation>
    </message>
    <message>
        <source>Shared by all and unique to each</source>
        <translation>Allen gemeinsam und jeweils eigen</translation>
    </message>
    <message>
        <source>Shared metrics: %1</source>
        <translation>Gemeinsame Kennzahlen: %1</translation>
    </message>
    <message>
        <source>Shared responsibilities: %1</source>
        <translation>Gemeinsame Aufgaben: %1</translation>
    </message>
    <message>
        <source>Shared skills: %1</source>
        <translation>Gemeinsame Fähigkeiten: %1</translation>
    </message>
    <message>
        <source>Only %1:</source>
        <translation>Nur %1:</translation>
    </message>
    <message>
        <source>Metrics: %1</source>
        <translation>Kennzahlen: %1</translation>
    </message>
    <message>
        <source>Responsibilities: %1</source>
        <translation>Aufgaben: %1</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Fähigkeiten: %1</translation>
    </message>
    <message>
        <source>Expected results over time (assumptions)</source>
        <translation>Erwartete Ergebnisse im Zeitverlauf (Annahmen)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>rolelens: unknown role &quot;%1&quot;; did you mean: %2?</source>
        <translation>rolelens: unbekannte Rolle &quot;%1&quot;; gemeint war vielleicht: %2?</translation>
    </message>
</context>
<context>
    <name>rolelens::AssumptionTableModel</name>
    <message>
        <source>lasts</source>
        <translation>bleibt</translation>
    </message>
    <message>
        <source>Changed from the catalog&apos;s value (%1)</source>
        <translation>Geändert gegenüber dem Katalogwert (%1)</translation>
    </message>
    <message>
        <source>The catalog&apos;s value: an assumption, not a measurement</source>
        <translation>Wert aus dem Katalog: eine Annahme, keine Messung</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Start delay (weeks)</source>
        <translation>Verzögerung (Wochen)</translation>
    </message>
    <message>
        <source>Ramp to full effect (weeks)</source>
        <translation>Anlauf bis volle Wirkung (Wochen)</translation>
    </message>
    <message>
        <source>Hold (weeks)</source>
        <translation>Haltedauer (Wochen)</translation>
    </message>
    <message>
        <source>Half-life (weeks)</source>
        <translation>Halbwertszeit (Wochen)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>rolelens::BrowseView</name>
    <message>
        <source>Search roles, skills, metrics…</source>
        <translation>Rollen, Fähigkeiten, Kennzahlen suchen…</translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation>Rollen suchen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Number of matching roles</source>
        <translation>Anzahl passender Rollen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>%1 of %2 roles match</source>
        <translation>%1 von %2 Rollen passen</translation>
    </message>
    <message>
        <source>Add to comparison</source>
        <translation>Zum Vergleich hinzufügen</translation>
    </message>
</context>
<context>
    <name>rolelens::CompareView</name>
    <message>
        <source>&amp;Add</source>
        <translation>Hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Success metrics of the compared roles</source>
        <translation>Erfolgskennzahlen der verglichenen Rollen</translation>
    </message>
    <message>
        <source>Expected results over time</source>
        <translation>Erwartete Ergebnisse im Zeitverlauf</translation>
    </message>
    <message>
        <source>Role to add to the comparison</source>
        <translation>Rolle, die zum Vergleich hinzugefügt wird</translation>
    </message>
    <message>
        <source>Add the chosen role to the comparison</source>
        <translation>Die gewählte Rolle zum Vergleich hinzufügen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Remove every role from the comparison</source>
        <translation>Alle Rollen aus dem Vergleich entfernen</translation>
    </message>
    <message>
        <source>Comparing:</source>
        <translation>Vergleich:</translation>
    </message>
    <message>
        <source>Side-by-side comparison</source>
        <translation>Vergleich nebeneinander</translation>
    </message>
    <message>
        <source>Each role&apos;s success metrics</source>
        <translation>Erfolgskennzahlen jeder Rolle</translation>
    </message>
    <message>
        <source>Assumptions behind the expected results</source>
        <translation>Annahmen hinter den erwarteten Ergebnissen</translation>
    </message>
    <message>
        <source>&amp;Restore the catalog&apos;s assumptions</source>
        <translation>Annahmen des Katalogs &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>These curves are &lt;b&gt;assumptions&lt;/b&gt;, not measurements: the catalog&apos;s values are illustrative, shaped by what the articles say (an influencer gives immediate visibility that fades; a manager&apos;s work builds over months). Double-click a value to try your own; an empty half-life means the effect lasts.</source>
        <translation>Diese Kurven sind &lt;b&gt;Annahmen&lt;/b&gt;, keine Messungen: Die Werte des Katalogs sind illustrativ und orientieren sich an den Aussagen der Artikel (ein Influencer bringt sofortige Sichtbarkeit, die nachlässt; die Arbeit eines Managers baut sich über Monate auf). Doppelklicken Sie auf einen Wert, um eigene Werte auszuprobieren; eine leere Halbwertszeit bedeutet, dass die Wirkung bestehen bleibt.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation>Erfolgskennzahlen</translation>
    </message>
    <message>
        <source>Each role&apos;s metrics</source>
        <translation>Kennzahlen je Rolle</translation>
    </message>
    <message>
        <source>%1 is already in the comparison.</source>
        <translation>%1 ist bereits im Vergleich.</translation>
    </message>
    <message>
        <source>A comparison holds at most %1 roles; remove one first.</source>
        <translation>Ein Vergleich umfasst höchstens %1 Rollen; entfernen Sie zuerst eine.</translation>
    </message>
    <message>
        <source>%1 added to the comparison.</source>
        <translation>%1 zum Vergleich hinzugefügt.</translation>
    </message>
    <message>
        <source>Remove %1 from the comparison</source>
        <translation>%1 aus dem Vergleich entfernen</translation>
    </message>
    <message>
        <source>Pick two to four roles to compare: use the list above, &quot;Add to comparison&quot; in the role list&apos;s context menu, or Ctrl+D on a role.</source>
        <translation>Wählen Sie zwei bis vier Rollen zum Vergleich: über die Liste oben, &quot;Zum Vergleich hinzufügen&quot; im Kontextmenü der Rollenliste oder Ctrl+D auf einer Rolle.</translation>
    </message>
    <message>
        <source>Success metrics of %1</source>
        <translation>Erfolgskennzahlen von %1</translation>
    </message>
</context>
<context>
    <name>rolelens::ComparisonTableModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Responsibilities shared by all</source>
        <translation>Aufgaben, die alle teilen</translation>
    </message>
    <message>
        <source>Responsibilities of this role only</source>
        <translation>Aufgaben nur dieser Rolle</translation>
    </message>
    <message>
        <source>Skills shared by all</source>
        <translation>Fähigkeiten, die alle teilen</translation>
    </message>
    <message>
        <source>Skills of this role only</source>
        <translation>Fähigkeiten nur dieser Rolle</translation>
    </message>
    <message>
        <source>Metrics shared by all</source>
        <translation>Kennzahlen, die alle teilen</translation>
    </message>
    <message>
        <source>Metrics of this role only</source>
        <translation>Kennzahlen nur dieser Rolle</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Same: the roles carry the same tags. Overlap: some tags are shared. Different: no tag is shared.</source>
        <translation>Gleich: Die Rollen tragen dieselben Tags. Überlappend: Einige Tags sind gemeinsam. Verschieden: Kein Tag ist gemeinsam.</translation>
    </message>
</context>
<context>
    <name>rolelens::MainWindow</name>
    <message>
        <source>RoleLens</source>
        <translation>RoleLens</translation>
    </message>
    <message>
        <source>Roles in the catalog: %1</source>
        <translation>Rollen im Katalog: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About RoleLens</source>
        <translation>&amp;Über RoleLens</translation>
    </message>
    <message>
        <source>About RoleLens</source>
        <translation>Über RoleLens</translation>
    </message>
    <message>
        <source>&amp;Browse roles</source>
        <translation>Rollen durch&amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Compare roles</source>
        <translation>Rollen &amp;vergleichen</translation>
    </message>
    <message>
        <source>&amp;Find a role…</source>
        <translation>Rolle &amp;finden…</translation>
    </message>
    <message>
        <source>&amp;Add to comparison</source>
        <translation>Zum Vergleich &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected role to the comparison (Ctrl+D)</source>
        <translation>Die ausgewählte Rolle zum Vergleich hinzufügen (Ctrl+D)</translation>
    </message>
    <message>
        <source>C&amp;lear comparison</source>
        <translation>Vergleich &amp;leeren</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RoleLens %1&lt;/h3&gt;&lt;p&gt;A hiring-expectations advisor: what each role is for, how it is judged, and what it does not do, with every statement citing its source.&lt;/p&gt;&lt;p&gt;Figures marked as assumptions are illustrative, not measurements.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RoleLens %1&lt;/h3&gt;&lt;p&gt;Ein Ratgeber für Erwartungen bei der Einstellung: wofür jede Rolle da ist, woran sie gemessen wird und was sie nicht tut, mit einer Quellenangabe zu jeder Aussage.&lt;/p&gt;&lt;p&gt;Als Annahmen gekennzeichnete Werte sind illustrativ, keine Messungen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the comparison (or the role&apos;s profile) as a PDF sheet</source>
        <translation>Den Vergleich (oder das Rollenprofil) als PDF-Blatt speichern</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>%1 gespeichert (Seiten: %2).</translation>
    </message>
</context>
<context>
    <name>rolelens::ProfileView</name>
    <message>
        <source>Role profile</source>
        <translation>Rollenprofil</translation>
    </message>
    <message>
        <source>Chart of the role&apos;s success metrics</source>
        <translation>Diagramm der Erfolgskennzahlen der Rolle</translation>
    </message>
    <message>
        <source>Open the profile of %1</source>
        <translation>Profil von %1 öffnen</translation>
    </message>
</context>
<context>
    <name>rolelens::RoleListModel</name>
    <message>
        <source>Also called: %1</source>
        <translation>Auch genannt: %1</translation>
    </message>
</context>
</TS>
