<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Advice</name>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln Hinweis</numerusform>
            <numerusform>%Ln Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln critical</source>
        <translation>
            <numerusform>%Ln kritisch</numerusform>
            <numerusform>%Ln kritisch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdviceDocument</name>
    <message>
        <source>Advice</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>The findings and targets are about the %1.</source>
        <translation>Die Feststellungen und Ziele beziehen sich auf die Rolle „%1“.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>No goals or tasks given: nothing to rank.</source>
        <translation>Keine Ziele oder Tätigkeiten angegeben: keine Rangfolge möglich.</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Column titles: a role, how well it fits the owner&apos;s goals and tasks (a percentage), why.</extracomment>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Eignung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Findings for the %1</source>
        <translation>Feststellungen zur Rolle „%1“</translation>
    </message>
    <message>
        <source>No expectation in this scenario conflicts with the catalog.</source>
        <translation>Keine Erwartung in diesem Szenario widerspricht dem Katalog.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>Judge the hire by</source>
        <translation>Maßstäbe für die neue Fachkraft</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Your target</source>
        <translation>Ihr Ziel</translation>
    </message>
    <message>
        <source>Owner&apos;s target</source>
        <translation>Ziel des Inhabers</translation>
    </message>
    <message>
        <source>(formula: %1)</source>
        <translation>(Formel: %1)</translation>
    </message>
    <message>
        <source>Hiring plan</source>
        <translation>Einstellungsplan</translation>
    </message>
    <message>
        <source>No goals or tasks given: nothing to plan.</source>
        <translation>Keine Ziele oder Tätigkeiten angegeben: nichts zu planen.</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>No role in the catalog covers: %1.</source>
        <translation>Von keiner Rolle im Katalog abgedeckt: %1.</translation>
    </message>
    <message>
        <source>Roles that fit, ranked</source>
        <translation>Passende Rollen, nach Eignung</translation>
    </message>
    <message>
        <source>The detail behind the plan: every role that covers part of what you listed, by how well it fits.</source>
        <translation>Die Einzelheiten hinter dem Plan: jede Rolle, die einen Teil Ihrer Angaben abdeckt, geordnet nach Eignung.</translation>
    </message>
    <message>
        <source>The role&apos;s measures, most weighty first (weight 1-5). Ranges are assumptions, not facts (see their sources); where the sources give no range, take the first month as the baseline and judge the trend (general practice), and compare with the published benchmarks below.</source>
        <translation>Die Kennzahlen der Rolle, die gewichtigsten zuerst (Gewicht 1–5). Spannen sind Annahmen, keine Tatsachen (siehe ihre Quellen); wo die Quellen keine Spanne nennen, nehmen Sie den ersten Monat als Basiswert, beurteilen Sie den Trend (allgemeine Praxis) und ziehen Sie die veröffentlichten Vergleichswerte unten heran.</translation>
    </message>
    <message>
        <source>Your figure: %1</source>
        <translation>Ihr Wert: %1</translation>
    </message>
    <message>
        <source>The owner&apos;s figure: %1</source>
        <translation>Wert des Inhabers: %1</translation>
    </message>
    <message>
        <source>Published benchmarks</source>
        <translation>Veröffentlichte Vergleichswerte</translation>
    </message>
    <message>
        <source>Figures from industry reports to compare the hire&apos;s results with, not targets agreed. Each keeps its own denominator (followers, views, impressions, visitors): compare like with like, and mind each report&apos;s age, platform and sample (under Sources), which may be of larger brands than yours.</source>
        <translation>Zahlen aus Branchenberichten, mit denen sich die Ergebnisse der neuen Fachkraft vergleichen lassen, keine vereinbarten Ziele. Jede Zahl hat ihre eigene Bezugsgröße (Follower, Aufrufe, Impressionen, Besucher): Vergleichen Sie Gleiches mit Gleichem und beachten Sie Alter, Plattform und Stichprobe jedes Berichts (unter Quellen); sie können sich auf größere Marken als Ihre beziehen.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more role(s) that cover part of this (the Advisor in RoleLens lists them all).</source>
        <translation>
            <numerusform>…und %n weitere Rolle, die einen Teil davon abdeckt (der Ratgeber in RoleLens listet alle auf).</numerusform>
            <numerusform>…und %n weitere Rollen, die einen Teil davon abdecken (der Ratgeber in RoleLens listet alle auf).</numerusform>
        </translation>
    </message>
    <message>
        <source>Realistic targets</source>
        <translation>Realistische Ziele</translation>
    </message>
    <message>
        <source>Realistic targets for the %1</source>
        <translation>Realistische Ziele für die Rolle „%1“</translation>
    </message>
</context>
<context>
    <name>Advisor</name>
    <message>
        <source>Does not serve: %1.</source>
        <translation>Erfüllt nicht: %1.</translation>
    </message>
    <message>
        <source>Does not do: %1.</source>
        <translation>Übernimmt nicht: %1.</translation>
    </message>
    <message>
        <source>Expect about %1 to %2 followers after %3, or add a short influencer campaign if you need a quick spike.</source>
        <translation>Rechnen Sie nach %3 mit etwa %1 bis %2 Followern, oder ergänzen Sie eine kurze Influencer-Kampagne, wenn Sie schnell einen Schub brauchen.</translation>
    </message>
    <message>
        <source>Judge the hire by %1; keep follower count as one signal among them.</source>
        <translation>Messen Sie die neue Fachkraft an diesen Kennzahlen: %1; behalten Sie die Followerzahl als ein Signal unter mehreren im Blick.</translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>Before the last goal label in a sentence, &quot;a, b and c&quot;; German: “ und „</extracomment>
        <translation>“ und „</translation>
    </message>
    <message>
        <source>If one person does both, budget the hours and pay for both, and judge each role by its own measures.</source>
        <translation>Wenn eine Person beides übernimmt, planen Sie Stunden und Bezahlung für beide Rollen ein und messen Sie jede Rolle an ihren eigenen Maßstäben.</translation>
    </message>
    <message>
        <source>None of the %1&apos;s responsibilities covers it; it is part of the %2&apos;s work.</source>
        <translation>Keine der Aufgaben der Rolle „%1“ deckt das ab; es gehört zur Arbeit der Rolle „%2“.</translation>
    </message>
    <message>
        <source>%1 needs paid advertising, and no ad budget is set.</source>
        <translation>Bezahlte Werbung ist nötig (%1), aber es ist kein Werbebudget festgelegt.</translation>
    </message>
    <message>
        <source>Set a monthly ad spend, or drop paid campaigns from the goals and tasks.</source>
        <translation>Legen Sie ein monatliches Werbebudget fest, oder streichen Sie bezahlte Kampagnen aus den Zielen und Tätigkeiten.</translation>
    </message>
    <message>
        <source>%1 of what this role is mainly judged by is what your goals ask for.</source>
        <translation>%1 dessen, woran diese Rolle hauptsächlich gemessen wird, entspricht dem, was Ihre Ziele verlangen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is usually not the work of the %2; the catalog gives it to the %3.</source>
        <translation>„%1“ ist in der Regel keine Aufgabe der Rolle „%2“; der Katalog ordnet sie der Rolle „%3“ zu.</translation>
    </message>
    <message>
        <source>Leave it out of this job description; if it must be done, hire or contract someone for the %1&apos;s work.</source>
        <translation>Nehmen Sie es nicht in diese Stellenbeschreibung auf; wenn es erledigt werden muss, stellen Sie für die Arbeit der Rolle „%1“ jemanden ein oder vergeben Sie sie extern.</translation>
    </message>
    <message>
        <source>A new account first has to find its audience. The monthly growth range (%1 to %2 for the %3, an assumption: the articles give no figures) only applies once there is an audience to grow.</source>
        <translation>Ein neues Konto muss sein Publikum erst finden. Die monatliche Wachstumsspanne (%1 bis %2 für die Rolle „%3“, eine Annahme: Die Artikel nennen keine Zahlen) gilt erst, wenn es ein Publikum gibt, das wachsen kann.</translation>
    </message>
    <message>
        <source>Note the follower count after the first month as the baseline and set the target from it; judge the first months by engagement and reach, or add a short influencer campaign if you need a quick spike.</source>
        <translation>Halten Sie die Followerzahl nach dem ersten Monat als Basiswert fest und leiten Sie das Ziel daraus ab; beurteilen Sie die ersten Monate nach Engagement und Reichweite, oder ergänzen Sie eine kurze Influencer-Kampagne, wenn Sie schnell einen Schub brauchen.</translation>
    </message>
    <message>
        <source>One hire is expected to be both %1 and %2: the catalog keeps these roles apart.</source>
        <translation>Eine neue Fachkraft soll zugleich %1 und %2 sein: Der Katalog hält diese Rollen getrennt.</translation>
    </message>
    <message>
        <source>One hire is expected to fill %1 roles (%2): the catalog keeps these roles apart.</source>
        <translation>Eine neue Fachkraft soll %1 Rollen ausfüllen (%2): Der Katalog hält diese Rollen getrennt.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>The articles do not discuss one person doing the work of both the %1; the catalog describes them as separate roles (general practice).</source>
        <translation>Die Artikel behandeln nicht den Fall, dass eine Person zugleich die Arbeit von %1 übernimmt; der Katalog beschreibt sie als getrennte Rollen (allgemeine Praxis).</translation>
    </message>
    <message>
        <source>, nor of both the </source>
        <translation> oder von </translation>
    </message>
    <message>
        <source>Hire for the role that matters most now, and hire or contract the other roles&apos; work separately, or leave it out.</source>
        <translation>Besetzen Sie die Rolle, die jetzt am wichtigsten ist, und stellen Sie für die Arbeit der anderen Rollen gesondert jemanden ein oder vergeben Sie sie extern – oder lassen Sie sie weg.</translation>
    </message>
    <message>
        <source>The monthly salary you entered, %1, comes to %2 for each of the %3 roles.</source>
        <translation>Das eingegebene Monatsgehalt von %1 ergibt %2 für jede der %3 Rollen.</translation>
    </message>
    <message>
        <source>The articles keep the %1&apos;s and the %2&apos;s work apart: %3</source>
        <translation>Die Artikel trennen die Arbeit der Rollen „%1“ und „%2“: %3</translation>
    </message>
    <message>
        <source>Month 1 baseline, then trend</source>
        <translation>Basiswert aus Monat 1, dann Trend</translation>
    </message>
    <message>
        <source>Trend since baseline</source>
        <translation>Trend seit Basiswert</translation>
    </message>
    <message>
        <source>The best fit (%1) of the roles you can hire for the long run: it covers %2 of the %3 goals and tasks you listed.</source>
        <translation>Am besten geeignet (%1) unter den Rollen, die Sie dauerhaft einstellen können: Sie deckt %2 der %3 angegebenen Ziele und Tätigkeiten ab.</translation>
    </message>
    <message>
        <source>What the role is for: %1</source>
        <translation>Wofür die Rolle da ist: %1</translation>
    </message>
    <message>
        <source>You are considering the %1 role; the findings below are about it.</source>
        <translation>Sie ziehen die Rolle „%1“ in Betracht; die Feststellungen unten beziehen sich auf sie.</translation>
    </message>
    <message>
        <source>Engage a %1 for a campaign, with the audience of their own channels; not as the hire.</source>
        <translation>Beauftragen Sie für eine Kampagne jemanden in der Rolle „%1“, mit dem Publikum der eigenen Kanäle; nicht als feste Einstellung.</translation>
    </message>
    <message>
        <source>No article, only general practice, says it covers: %1; that counts half.</source>
        <translation>Nur laut allgemeiner Praxis, nicht laut einem Artikel, deckt sie ab: %1; das zählt halb.</translation>
    </message>
    <message>
        <source>Paid campaigns spend money on the platforms on top of the salary; without it, results come from organic work only, and more slowly (general practice, not from the articles).</source>
        <translation>Bezahlte Kampagnen kosten zusätzlich zum Gehalt Geld auf den Plattformen; ohne Werbebudget kommen Ergebnisse nur aus organischer Arbeit und stellen sich langsamer ein (allgemeine Praxis, nicht aus den Artikeln).</translation>
    </message>
    <message>
        <source>Going from no followers to %1 in %2: a monthly growth rate multiplies the followers there are, so from zero no rate gets there.</source>
        <translation>Von null auf %1 Follower in %2: Eine monatliche Wachstumsrate vervielfacht die vorhandenen Follower, von null aus führt daher keine Rate dorthin.</translation>
    </message>
    <message>
        <source>Going from %1 to %2 followers in %3 needs %4 growth a month; you assume the %5 grows an audience by %6 to %7 a month.</source>
        <translation>Um in %3 von %1 auf %2 Follower zu kommen, ist ein Wachstum von %4 pro Monat nötig; Sie nehmen an, dass die Rolle „%5“ ein Publikum um %6 bis %7 pro Monat wachsen lässt.</translation>
    </message>
    <message>
        <source>Going from %1 to %2 followers in %3 needs %4 growth a month; the catalog assumes, as an illustration and not from the articles, that the %5 grows an audience by %6 to %7 a month.</source>
        <translation>Um in %3 von %1 auf %2 Follower zu kommen, ist ein Wachstum von %4 pro Monat nötig; der Katalog nimmt zur Veranschaulichung und nicht auf Grundlage der Artikel an, dass die Rolle „%5“ ein Publikum um %6 bis %7 pro Monat wachsen lässt.</translation>
    </message>
    <message>
        <source>The growth needed is above the range assumed for the %1. That range is an assumption, not a figure from the articles: change it in the advisor if you know better.</source>
        <translation>Das nötige Wachstum liegt über der für die Rolle „%1“ angenommenen Spanne. Diese Spanne ist eine Annahme, keine Zahl aus den Artikeln: Ändern Sie sie im Ratgeber, wenn Sie es besser wissen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not what the %2 is for.</source>
        <translation>„%1“ ist nicht das, wofür die Rolle „%2“ da ist.</translation>
    </message>
    <message>
        <source> or the </source>
        <extracomment>Between role titles: &quot;the X or the Y&quot;; German: “ oder zur Rolle „ (quoted titles)</extracomment>
        <translation>“ oder zur Rolle „</translation>
    </message>
    <message>
        <source>This goal belongs to the %1.</source>
        <translation>Dieses Ziel gehört zur Rolle „%1“.</translation>
    </message>
    <message>
        <source>This goal belongs to the %1, or to one other role in the catalog.</source>
        <translation>Dieses Ziel gehört zur Rolle „%1“ oder zu einer weiteren Rolle im Katalog.</translation>
    </message>
    <message>
        <source>This goal belongs to the %1, or to one of %2 other roles in the catalog.</source>
        <translation>Dieses Ziel gehört zur Rolle „%1“ oder zu einer von %2 weiteren Rollen im Katalog.</translation>
    </message>
    <message>
        <source>You want %1, but the %2 builds over the long term.</source>
        <translation>Sie wünschen sich „%1“, aber die Rolle „%2“ ist auf langfristigen Aufbau angelegt.</translation>
    </message>
    <message>
        <source>No role in the catalog is described as delivering this right away: plan for the %1&apos;s results to build over months, and judge the role on them.</source>
        <translation>Keine Rolle im Katalog wird so beschrieben, dass sie das sofort liefert: Rechnen Sie damit, dass sich die Ergebnisse der Rolle „%1“ über Monate aufbauen, und messen Sie die Rolle daran.</translation>
    </message>
    <message>
        <source>For what you need right away, work with an %1 on a short campaign; judge the %2 on what builds over months.</source>
        <translation>Für das, was Sie sofort brauchen, arbeiten Sie in einer kurzen Kampagne mit jemandem in der Rolle „%1“ zusammen; messen Sie die Rolle „%2“ an dem, was sich über Monate aufbaut.</translation>
    </message>
    <message>
        <source>For what you need right away, work with a %1 on a short campaign; judge the %2 on what builds over months.</source>
        <translation>Für das, was Sie sofort brauchen, arbeiten Sie in einer kurzen Kampagne mit jemandem in der Rolle „%1“ zusammen; messen Sie die Rolle „%2“ an dem, was sich über Monate aufbaut.</translation>
    </message>
    <message>
        <source>The %1 is considered for %2, which take months; the catalog describes the role&apos;s work as immediate rather than long-term.</source>
        <translation>Die Rolle „%1“ wird für „%2“ in Betracht gezogen, was Monate dauert; der Katalog beschreibt ihre Arbeit als sofort wirksam, nicht als langfristig.</translation>
    </message>
    <message>
        <source>Use the %1 for what it delivers in the short term, and agree how %2 will be built and measured: no role in the catalog is described as serving it over the long term.</source>
        <translation>Setzen Sie die Rolle „%1“ für das ein, was sie kurzfristig leistet, und vereinbaren Sie, wie „%2“ aufgebaut und gemessen wird: Keine Rolle im Katalog wird so beschrieben, dass sie dem langfristig dient.</translation>
    </message>
    <message>
        <source>Use the %1 for what it delivers in the short term; for %2, hire an %3.</source>
        <translation>Setzen Sie die Rolle „%1“ für das ein, was sie kurzfristig leistet; für „%2“ stellen Sie jemanden für die Rolle „%3“ ein.</translation>
    </message>
    <message>
        <source>Use the %1 for what it delivers in the short term; for %2, hire a %3.</source>
        <translation>Setzen Sie die Rolle „%1“ für das ein, was sie kurzfristig leistet; für „%2“ stellen Sie jemanden für die Rolle „%3“ ein.</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between goal labels in a sentence, &quot;a, b and c&quot;; German: “, „ (the sentence quotes the list)</extracomment>
        <translation>“, „</translation>
    </message>
    <message>
        <source>The %1 would be judged mainly by follower count, which is not among the role&apos;s primary measures.</source>
        <translation>Die Rolle „%1“ würde hauptsächlich an der Followerzahl gemessen, die nicht zu ihren primären Kennzahlen gehört.</translation>
    </message>
    <message>
        <source>Agree with the hire which measures the role is judged by; keep follower count as one signal among them.</source>
        <translation>Vereinbaren Sie mit der neuen Fachkraft, an welchen Kennzahlen die Rolle gemessen wird; behalten Sie die Followerzahl als ein Signal unter mehreren im Blick.</translation>
    </message>
    <message>
        <source>As one article puts it: %1</source>
        <translation>In den Worten eines Artikels: %1</translation>
    </message>
    <message>
        <source>As the articles put it: %1</source>
        <translation>In den Worten der Artikel: %1</translation>
    </message>
    <message>
        <source>None of the %1&apos;s responsibilities covers it; one article describes it as part of the %2&apos;s work: %3</source>
        <translation>Keine der Aufgaben der Rolle „%1“ deckt das ab; ein Artikel beschreibt es als Teil der Arbeit der Rolle „%2“: %3</translation>
    </message>
    <message>
        <source>None of the %1&apos;s responsibilities covers it; the articles describe it as part of the %2&apos;s work: %3</source>
        <translation>Keine der Aufgaben der Rolle „%1“ deckt das ab; die Artikel beschreiben es als Teil der Arbeit der Rolle „%2“: %3</translation>
    </message>
    <message>
        <source>The articles disagree on whose work this is. %1 %2</source>
        <translation>Die Artikel sind sich uneins, wessen Arbeit das ist. %1 %2</translation>
    </message>
    <message>
        <source>Leave it out of this job description, or agree in it who does this work: the articles give it to the %1.</source>
        <translation>Nehmen Sie es nicht in diese Stellenbeschreibung auf, oder legen Sie darin fest, wer diese Arbeit übernimmt: Die Artikel ordnen sie der Rolle „%1“ zu.</translation>
    </message>
    <message>
        <source> or to the </source>
        <extracomment>Between role titles: &quot;to the X or to the Y&quot;; German: “ oder der Rolle „ (quoted titles)</extracomment>
        <translation>“ oder der Rolle „</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not among the %2&apos;s responsibilities in the catalog, and the articles disagree on whose work it is.</source>
        <translation>„%1“ gehört im Katalog nicht zu den Aufgaben der Rolle „%2“, und die Artikel sind sich uneins, wessen Arbeit es ist.</translation>
    </message>
    <message>
        <source>The catalog has the %2 serve &quot;%1&quot;; the %3 does not.</source>
        <translation>Im Katalog dient die Rolle „%2“ dem Ziel „%1“, die Rolle „%3“ nicht.</translation>
    </message>
    <message>
        <source>The catalog has the %2 serve &quot;%1&quot;.</source>
        <translation>Im Katalog dient die Rolle „%2“ dem Ziel „%1“.</translation>
    </message>
    <message>
        <source>Contract the %1&apos;s work out, or leave it out of the job.</source>
        <translation>Vergeben Sie die Arbeit der Rolle „%1“ extern, oder nehmen Sie sie nicht in die Stelle auf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is among what the %2 is judged by, but not mainly.</source>
        <translation>„%1“ gehört zu dem, woran die Rolle „%2“ gemessen wird, aber nicht vorrangig.</translation>
    </message>
    <message>
        <source>No role in the catalog is mainly judged by it; agree how it will be measured.</source>
        <translation>Keine Rolle im Katalog wird vorrangig daran gemessen; vereinbaren Sie, wie es gemessen wird.</translation>
    </message>
    <message>
        <source>What the sources measure the %1 by: %2</source>
        <translation>Woran die Quellen die Rolle „%1“ messen: %2</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4). From %5.</source>
        <translation>%1, %2: %3 (%4). Quelle: %5.</translation>
    </message>
    <message>
        <source>No published benchmark with a named publisher, report, year and method; judge by the rule: %1 (general practice).</source>
        <translation>Kein veröffentlichter Vergleichswert mit genanntem Herausgeber, Bericht, Jahr und Methode; beurteilen Sie nach der Regel: %1 (allgemeine Praxis).</translation>
    </message>
    <message>
        <source>Stays with the %1, not the %2: %3</source>
        <translation>Bleibt Aufgabe der Rolle „%1“, nicht der Rolle „%2“: %3</translation>
    </message>
    <message>
        <source>Not the %1&apos;s work: %2</source>
        <translation>Nicht Aufgabe der Rolle „%1“: %2</translation>
    </message>
    <message>
        <source>Serves the goal you listed: %1.</source>
        <translation>Erfüllt Ihr genanntes Ziel: %1.</translation>
    </message>
    <message>
        <source>Serves %1 of the %2 goals you listed: %3.</source>
        <translation>Erfüllt %1 der %2 genannten Ziele: %3.</translation>
    </message>
    <message>
        <source>Does the task you listed: %1.</source>
        <translation>Übernimmt Ihre genannte Tätigkeit: %1.</translation>
    </message>
    <message>
        <source>Does %1 of the %2 tasks you listed: %3.</source>
        <translation>Übernimmt %1 der %2 genannten Tätigkeiten: %3.</translation>
    </message>
</context>
<context>
    <name>AgreementDocument</name>
    <message>
        <source>Expectations agreement</source>
        <translation>Erwartungsvereinbarung</translation>
    </message>
    <message>
        <source>Expectations agreement: %1</source>
        <translation>Erwartungsvereinbarung: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>What the hire is for, what to judge it by and what it does not do: for the owner and the hire to agree on, and sign.</source>
        <translation>Wofür die neue Fachkraft da ist, woran sie gemessen wird und was sie nicht tut: von Inhaber und neuer Fachkraft zu vereinbaren und zu unterschreiben.</translation>
    </message>
    <message>
        <source>What this role does not do, and who does</source>
        <translation>Was diese Rolle nicht übernimmt – und wer es übernimmt</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>The role and its purpose</source>
        <translation>Die Rolle und ihr Zweck</translation>
    </message>
    <message>
        <source>Time horizon: %1</source>
        <translation>Zeithorizont: %1</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Überprüfungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Issued on %1. The owner and the hire review the targets above together at %2, counted from the issue date; the first review is on %3.</source>
        <translation>Ausgestellt am %1. Inhaber und neue Fachkraft überprüfen die Ziele oben gemeinsam zu diesen Zeitpunkten (gerechnet ab dem Ausstellungsdatum): %2; die erste Überprüfung ist am %3.</translation>
    </message>
    <message>
        <source>owner&apos;s target: %1</source>
        <translation>Ziel des Inhabers: %1</translation>
    </message>
    <message>
        <source>Version %1, issued on %2</source>
        <translation>Version %1, ausgestellt am %2</translation>
    </message>
    <message>
        <source>Changes since version %1 of %2</source>
        <translation>Änderungen seit Version %1 vom %2</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Neu:</translation>
    </message>
    <message>
        <source>No longer:</source>
        <translation>Entfällt:</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1, für %2</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full or the file size limit was reached (%2 of %3 bytes written).</source>
        <translation>%1 kann nicht geschrieben werden: Der Datenträger ist voll oder die maximale Dateigröße wurde erreicht (%2 von %3 Bytes geschrieben).</translation>
    </message>
</context>
<context>
    <name>Benchmark</name>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>across the sample</source>
        <translation>über die ganze Stichprobe</translation>
    </message>
    <message>
        <source>average of the top performers</source>
        <translation>Durchschnitt der Besten</translation>
    </message>
    <message>
        <source>what consumers expect</source>
        <translation>Erwartung der Verbraucher</translation>
    </message>
</context>
<context>
    <name>CatalogFileParser</name>
    <message>
        <source>expected &quot;rolelens-catalog&quot;, found &quot;%1&quot;</source>
        <translation>„rolelens-catalog“ erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>version %1 is not supported (this program reads version %2)</source>
        <translation>Version %1 wird nicht unterstützt (dieses Programm liest Version %2)</translation>
    </message>
    <message>
        <source>duplicate %1 id &quot;%2&quot; in this file</source>
        <translation>doppelte %1-ID „%2“ in dieser Datei</translation>
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
        <translation>unbekanntes Tag „%1“ für %2 (erwartet wird eines von: %3)</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is listed twice</source>
        <translation>Tag „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>unknown emphasis &quot;%1&quot; (expected primary or secondary)</source>
        <translation>unbekannter Schwerpunkt „%1“ (erwartet: primary oder secondary)</translation>
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
    <message>
        <source>expected 0 &lt;= lowPercentPerMonth &lt;= highPercentPerMonth &lt;= 1000, found %1 and %2</source>
        <translation>0 &lt;= lowPercentPerMonth &lt;= highPercentPerMonth &lt;= 1000 erwartet, %1 und %2 gefunden</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>erwartet wird eines von: %1</translation>
    </message>
    <message>
        <source>unknown dimension &quot;%1&quot;</source>
        <translation>unbekannte Dimension „%1“</translation>
    </message>
    <message>
        <source>expected one of the %1 tags: %2</source>
        <translation>erwartet wird eines der %1-Tags: %2</translation>
    </message>
    <message>
        <source>a goal needs metrics or tags, or no role can serve it</source>
        <translation>ein Ziel braucht Kennzahlen oder Tags, sonst kann keine Rolle es erfüllen</translation>
    </message>
    <message>
        <source>unknown oneHire &quot;%1&quot; (expected possible or warned-against)</source>
        <translation>unbekannter oneHire-Wert „%1“ (erwartet: possible oder warned-against)</translation>
    </message>
    <message>
        <source>unknown document &quot;%1&quot; (expected advice or agreement)</source>
        <translation>unbekanntes Dokument „%1“ (erwartet: advice oder agreement)</translation>
    </message>
    <message>
        <source>unknown statistic &quot;%1&quot; (expected median, average, overall, top-performers or consumer-expectation)</source>
        <translation>unbekannte Statistikart „%1“ (erwartet: median, average, overall, top-performers oder consumer-expectation)</translation>
    </message>
    <message>
        <source>a benchmark must quote the report&apos;s words that give its figure</source>
        <translation>ein Vergleichswert muss die Worte des Berichts zitieren, die seine Zahl nennen</translation>
    </message>
    <message>
        <source>%1 is out of range (expected 0 to %2)</source>
        <translation>%1 liegt außerhalb des gültigen Bereichs (erwartet: 0 bis %2)</translation>
    </message>
    <message>
        <source>unknown source kind &quot;%1&quot; (expected article, general-practice, illustrative or published-benchmark)</source>
        <translation>unbekannte Quellenart „%1“ (erwartet: article, general-practice, illustrative oder published-benchmark)</translation>
    </message>
    <message>
        <source>%1 is out of range (expected a year from %2 to %3)</source>
        <translation>%1 liegt außerhalb des gültigen Bereichs (erwartet: ein Jahr von %2 bis %3)</translation>
    </message>
    <message>
        <source>a published benchmark must name its publisher</source>
        <translation>ein veröffentlichter Vergleichswert muss seinen Herausgeber nennen</translation>
    </message>
    <message>
        <source>only a published-benchmark source has &quot;%1&quot;</source>
        <translation>nur eine Quelle der Art published-benchmark hat „%1“</translation>
    </message>
    <message>
        <source>expected a web address starting with https:// or http://, found &quot;%1&quot;</source>
        <translation>Webadresse erwartet, die mit https:// oder http:// beginnt, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected %1 sides, found %2</source>
        <translation>%1 Seiten erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a side of the work kind &quot;%2&quot;</source>
        <translation>„%1“ ist schon eine Seite der Arbeitsart „%2“</translation>
    </message>
    <message>
        <source>a side needs at least one tag, or no role involves it</source>
        <translation>eine Seite braucht mindestens ein Tag, sonst betrifft sie keine Rolle</translation>
    </message>
    <message>
        <source>expected a role id or an object {role, label, condition, sources}, found %1</source>
        <translation>erwartet: eine Rollen-ID oder ein Objekt {role, label, condition, sources}, gefunden: %1</translation>
    </message>
    <message>
        <source>an object here needs a &quot;label&quot; or a &quot;condition&quot; for its sources to support; write the plain role id otherwise</source>
        <translation>ein Objekt braucht hier ein „label“ oder eine „condition“, die seine Quellen stützen; sonst schreiben Sie nur die Rollen-ID</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>is a folder, not a catalog file</source>
        <translation>ist ein Ordner, keine Katalogdatei</translation>
    </message>
    <message>
        <source>is %1 bytes; catalog files are limited to %2 bytes</source>
        <translation>ist %1 Bytes groß; Katalogdateien dürfen höchstens %2 Bytes groß sein</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation>unbekannte Quelle „%1“</translation>
    </message>
    <message>
        <source>a citation of the article &quot;%1&quot; must quote the statement that supports it</source>
        <translation>ein Verweis auf den Artikel „%1“ muss die Aussage zitieren, die ihn stützt</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;</source>
        <translation>unbekannte Kennzahl „%1“</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (closest known: %2)</source>
        <translation>unbekannte Rolle „%1“ (ähnlichste bekannte: %2)</translation>
    </message>
    <message>
        <source>a role cannot supervise itself</source>
        <translation>eine Rolle kann sich nicht selbst vorgesetzt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; supervises &quot;%2&quot;, but &quot;%2&quot; does not list &quot;%1&quot; in reportsTo</source>
        <translation>„%1“ leitet „%2“, aber „%2“ führt „%1“ nicht in reportsTo auf</translation>
    </message>
    <message>
        <source>a role cannot report to itself</source>
        <translation>eine Rolle kann nicht an sich selbst berichten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reports to &quot;%2&quot;, but &quot;%2&quot; does not list &quot;%1&quot; in supervises</source>
        <translation>„%1“ berichtet an „%2“, aber „%2“ führt „%1“ nicht in supervises auf</translation>
    </message>
    <message>
        <source>no role in any of the catalog files read (%1)</source>
        <translation>keine Rolle in den gelesenen Katalogdateien (%1)</translation>
    </message>
    <message>
        <source>no role lists the responsibility &quot;%1&quot;</source>
        <translation>keine Rolle führt die Aufgabe „%1“ auf</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists none of the task&apos;s responsibilities</source>
        <translation>„%1“ führt keine der Aufgaben dieser Tätigkeit auf</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot;</source>
        <translation>unbekannte Tätigkeit „%1“</translation>
    </message>
    <message>
        <source>unknown disagreement &quot;%1&quot;</source>
        <translation>unbekannte Meinungsverschiedenheit „%1“</translation>
    </message>
    <message>
        <source>a citation of the published benchmark &quot;%1&quot; must quote the report&apos;s words</source>
        <translation>ein Verweis auf den veröffentlichten Vergleichswert „%1“ muss die Worte des Berichts zitieren</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a source of kind %2; a benchmark must cite a source of kind published-benchmark</source>
        <translation>„%1“ ist eine Quelle der Art %2; ein Vergleichswert muss eine Quelle der Art published-benchmark anführen</translation>
    </message>
    <message>
        <source>is a folder, not a catalog translation file</source>
        <translation>ist ein Ordner, keine Übersetzungsdatei des Katalogs</translation>
    </message>
    <message>
        <source>is %1 bytes; catalog translation files are limited to %2 bytes</source>
        <translation>ist %1 Bytes groß; Übersetzungsdateien des Katalogs dürfen höchstens %2 Bytes groß sein</translation>
    </message>
</context>
<context>
    <name>CatalogTranslation</name>
    <message>
        <source>expected &quot;rolelens-catalog-translation&quot;, found &quot;%1&quot;</source>
        <translation>„rolelens-catalog-translation“ erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>version %1 is not supported (this program reads version %2)</source>
        <translation>Version %1 wird nicht unterstützt (dieses Programm liest Version %2)</translation>
    </message>
    <message>
        <source>the file is named for language &quot;%1&quot; but says &quot;%2&quot;</source>
        <translation>der Dateiname nennt die Sprache „%1“, die Datei aber „%2“</translation>
    </message>
    <message>
        <source>the catalog file has no &quot;%1&quot; here to translate</source>
        <translation>die Katalogdatei hat hier kein „%1“, das übersetzt werden könnte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not translated: ids, sources, quotes, tags, codes and numbers stay as the catalog file has them</source>
        <translation>„%1“ wird nicht übersetzt: IDs, Quellen, Zitate, Tags, Codes und Zahlen bleiben, wie die Katalogdatei sie hat</translation>
    </message>
    <message>
        <source>missing: the translation of this entry must translate &quot;%1&quot; too</source>
        <translation>fehlt: die Übersetzung dieses Eintrags muss auch „%1“ übersetzen</translation>
    </message>
    <message>
        <source>expected the translated text</source>
        <translation>übersetzter Text erwartet</translation>
    </message>
    <message>
        <source>expected a list, as in the catalog file</source>
        <translation>Liste erwartet, wie in der Katalogdatei</translation>
    </message>
    <message>
        <source>expected an object, as in the catalog file</source>
        <translation>Objekt erwartet, wie in der Katalogdatei</translation>
    </message>
    <message>
        <source>the catalog file has no entry %1 here (it has %2)</source>
        <translation>die Katalogdatei hat hier keinen Eintrag %1 (sie hat %2)</translation>
    </message>
    <message>
        <source>missing: the translation of entry %1 of %2 here</source>
        <translation>fehlt: die Übersetzung von Eintrag %1 von %2</translation>
    </message>
    <message>
        <source>expected the id of the entry translated</source>
        <translation>ID des übersetzten Eintrags erwartet</translation>
    </message>
    <message>
        <source>the catalog file has no entry &quot;%1&quot; here</source>
        <translation>die Katalogdatei hat hier keinen Eintrag „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is translated twice</source>
        <translation>„%1“ ist zweimal übersetzt</translation>
    </message>
    <message>
        <source>missing: the translation of &quot;%1&quot;</source>
        <translation>fehlt: die Übersetzung von „%1“</translation>
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
        <translation>Siehe „rolelens --help“.</translation>
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
        <translation>%1 braucht eine Rollen-ID, z. B. „rolelens %1 social-media-manager“</translation>
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
        <translation>unbekannte Rolle „%1“; meinten Sie: %2?</translation>
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
        <source>Render the window to FILE (PNG) and exit.</source>
        <translation>Das Fenster in DATEI (PNG) rendern und beenden.</translation>
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
        <source>--screenshot needs a file name</source>
        <translation>--screenshot braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>unknown palette &quot;%1&quot; (expected light or dark)</source>
        <translation>unbekannte Palette „%1“ (erwartet: light oder dark)</translation>
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
        <translation>(compare), die angezeigt werden.</translation>
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
        <source>--paper goes with --pdf</source>
        <translation>--paper gilt nur zusammen mit --pdf</translation>
    </message>
    <message>
        <source>unknown paper &quot;%1&quot; (expected a4 or letter)</source>
        <translation>unbekanntes Papierformat „%1“ (erwartet: a4 oder letter)</translation>
    </message>
    <message>
        <source>advice on a hiring scenario</source>
        <translation>Empfehlungen zu einem Einstellungsszenario</translation>
    </message>
    <message>
        <source>advise takes one scenario file, %1 given</source>
        <translation>advise erwartet genau eine Szenariodatei, %1 angegeben</translation>
    </message>
    <message>
        <source>rolelens: the scenario is invalid; problems found: %1</source>
        <translation>rolelens: das Szenario ist ungültig; gefundene Probleme: %1</translation>
    </message>
    <message>
        <source>With --screenshot: browse|compare|metrics|</source>
        <translation>Mit --screenshot: browse|compare|metrics|</translation>
    </message>
    <message>
        <source>&apos;rolelens COMMAND --help&apos; describes a command. Exit codes: 0 success, 1 the window could not start, 2 wrong usage or unknown role, 3 invalid catalog or scenario file, 4 a file could not be written.</source>
        <translation>„rolelens COMMAND --help“ beschreibt einen Befehl. Exit-Codes: 0 Erfolg, 1 das Fenster konnte nicht starten, 2 falscher Aufruf oder unbekannte Rolle, 3 ungültige Katalog- oder Szenariodatei, 4 eine Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>document takes a kind and a role or scenario file, e.g. &apos;rolelens document job-post social-media-manager&apos;; %1 given</source>
        <translation>document erwartet eine Art und eine Rolle oder eine Szenariodatei, z. B. „rolelens document job-post social-media-manager“; %1 angegeben</translation>
    </message>
    <message>
        <source>unknown document &quot;%1&quot;; the documents are: %2</source>
        <translation>unbekanntes Dokument „%1“; die Dokumente sind: %2</translation>
    </message>
    <message>
        <source>a document to hire with</source>
        <translation>ein Dokument für die Einstellung</translation>
    </message>
    <message>
        <source>Write one of the documents an owner takes from the decision to the signature, for a role or for the role a scenario file&apos;s advice is about: %1. Every line is a catalog statement with its sources; with --pdf, a printable sheet.</source>
        <translation>Eines der Dokumente schreiben, die ein Inhaber von der Entscheidung bis zur Unterschrift braucht, für eine Rolle oder für die Rolle, um die es in den Empfehlungen zu einer Szenariodatei geht: %1. Jede Zeile ist eine Aussage des Katalogs mit ihren Quellen; mit --pdf ein druckbares Blatt.</translation>
    </message>
    <message>
        <source>Language of the output or the window: en, de, es or fr.</source>
        <translation>Sprache der Ausgabe oder des Fensters: en, de, es oder fr.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected %2)</source>
        <translation>unbekannte Sprache „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <source>Language: en, de, es or fr (default: the</source>
        <translation>Sprache: en, de, es oder fr (Standard: die</translation>
    </message>
    <message>
        <source>system&apos;s; in the window, the last one chosen).</source>
        <translation>des Systems; im Fenster die zuletzt gewählte).</translation>
    </message>
    <message>
        <source>--format needs a command (list, show, compare, advise or document)</source>
        <translation>--format braucht einen Befehl (list, show, compare, advise oder document)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s), %2).</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite, %2).</numerusform>
            <numerusform>%1 geschrieben (%n Seiten, %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open scenario (.rolelens.json) or catalog files.</source>
        <translation>Szenario- (.rolelens.json) oder Katalogdateien öffnen.</translation>
    </message>
    <message>
        <source>the document &quot;%1&quot; has no table to write as CSV</source>
        <translation>das Dokument „%1“ enthält keine Tabelle, die als CSV geschrieben werden könnte</translation>
    </message>
    <message>
        <source>the advice on %1 judges no role, so it has no targets to write as CSV</source>
        <translation>die Empfehlungen zu %1 bewerten keine Rolle und enthalten daher keine Ziele, die als CSV geschrieben werden könnten</translation>
    </message>
    <message>
        <source>Read a scenario file (what a business owner wants from a hire; see docs/scenario-format.md) and print the roles that fit, each unrealistic expectation with its reason and sources, and realistic targets to judge the hire by. With --pdf, write the expectations agreement instead; with --format csv, the table of realistic targets alone. Exits with 3 when the scenario is invalid.</source>
        <translation>Eine Szenariodatei lesen (was ein Unternehmensinhaber von einer neuen Fachkraft erwartet; siehe docs/scenario-format.md) und die passenden Rollen ausgeben, jede unrealistische Erwartung mit Begründung und Quellen sowie realistische Ziele, an denen die neue Fachkraft gemessen werden kann. Mit --pdf stattdessen die Erwartungsvereinbarung schreiben, mit --format csv nur die Tabelle der realistischen Ziele. Endet mit Exit-Code 3, wenn das Szenario ungültig ist.</translation>
    </message>
    <message>
        <source>Output format: text, json, markdown, html or csv.</source>
        <translation>Ausgabeformat: text, json, markdown, html oder csv.</translation>
    </message>
    <message>
        <source>Window font size in points (default: the system&apos;s).</source>
        <translation>Schriftgröße des Fensters in Punkt (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>POINTS</source>
        <translation>POINTS</translation>
    </message>
    <message>
        <source>--screenshot, --view, --palette and --font-size are for the window, not for &apos;%1&apos;</source>
        <translation>--screenshot, --view, --palette und --font-size gelten für das Fenster, nicht für „%1“</translation>
    </message>
    <message>
        <source>--font-size needs a number of points from %1 to %2, not &quot;%3&quot;</source>
        <translation>--font-size braucht eine Punktzahl von %1 bis %2, nicht „%3“</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected %2)</source>
        <translation>unbekanntes Format „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <source>text (default), json, markdown, html or csv.</source>
        <translation>text (Standard), json, markdown, html oder csv.</translation>
    </message>
    <message>
        <source>With a command: text (default), json, markdown,</source>
        <translation>Mit einem Befehl: text (Standard), json, markdown,</translation>
    </message>
    <message>
        <source>html or csv (its tables, for a spreadsheet).</source>
        <translation>html oder csv (die Tabellen, für eine Tabellenkalkulation).</translation>
    </message>
    <message>
        <source>Use a font of this size, not the system&apos;s.</source>
        <translation>Eine Schrift dieser Größe statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>unknown skill &quot;%1&quot;; the skills are: %2</source>
        <translation>unbekannte Fähigkeit „%1“; die Fähigkeiten sind: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a skill is rated some or strong, not &quot;%2&quot;</source>
        <translation>„%1“: Eine Fähigkeit wird mit some oder strong bewertet, nicht mit „%2“</translation>
    </message>
    <message>
        <source>which role fits your skills</source>
        <translation>welche Rolle zu Ihren Fähigkeiten passt</translation>
    </message>
    <message>
        <source>fit takes the skills you have or the work you prefer, e.g. &apos;rolelens fit writing empathy=some --prefer content&apos;</source>
        <translation>fit erwartet die Fähigkeiten, die Sie haben, oder die Arbeit, die Sie bevorzugen, z. B. „rolelens fit writing empathy=some --prefer content“</translation>
    </message>
    <message>
        <source>unknown kind of work &quot;%1&quot;; the kinds are: %2</source>
        <translation>unbekannte Arbeitsart „%1“; die Arbeitsarten sind: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; are the two sides of one choice; prefer one of them</source>
        <translation>„%1“ und „%2“ sind die beiden Seiten derselben Wahl; wählen Sie eine davon</translation>
    </message>
    <message>
        <source>For students: rank the roles by how many of the skills the catalog lists for each you have, and by the kinds of work you prefer. Name each skill you have by its id, strong unless followed by =some (e.g. &apos;rolelens fit writing empathy=some --prefer content,people&apos;); a wrong id lists them all. A reading of the catalog, not a test of aptitude.</source>
        <translation>Für Studierende: die Rollen danach ordnen, wie viele der Fähigkeiten, die der Katalog für jede nennt, Sie haben, und nach den Arten von Arbeit, die Sie bevorzugen. Nennen Sie jede Fähigkeit, die Sie haben, mit ihrer ID; sie zählt als stark, außer mit =some dahinter (z. B. „rolelens fit writing empathy=some --prefer content,people“); eine falsche ID listet alle auf. Eine Lesart des Katalogs, kein Eignungstest.</translation>
    </message>
    <message>
        <source>fit: a kind of work you prefer, e.g. strategy or people (repeatable, or separated by commas).</source>
        <translation>fit: eine Art von Arbeit, die Sie bevorzugen, z. B. strategy oder people (wiederholbar oder durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>WORK</source>
        <translation>ARBEIT</translation>
    </message>
    <message>
        <source>--prefer goes with &apos;fit&apos;</source>
        <translation>--prefer gehört zu „fit“</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot; (expected %2)</source>
        <translation>unbekannte Ansicht „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <source>map draws the role map into a file: give --svg FILE, --pdf FILE or both</source>
        <translation>map zeichnet die Rollenkarte in eine Datei: Geben Sie --svg FILE, --pdf FILE oder beides an</translation>
    </message>
    <message>
        <source>Wrote %1 (SVG).</source>
        <translation>%1 geschrieben (SVG).</translation>
    </message>
    <message>
        <source>Window view: browse, compare, metrics, results, advisor, self-check or map.</source>
        <translation>Fensteransicht: browse, compare, metrics, results, advisor, self-check oder map.</translation>
    </message>
    <message>
        <source>Write the role map to FILE (SVG).</source>
        <translation>Die Rollenkarte in DATEI (SVG) schreiben.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (commands: list, show, compare, advise, document, fit, map; or a scenario or catalog file to open in the window)</source>
        <translation>unbekannter Befehl „%1“ (Befehle: list, show, compare, advise, document, fit, map; oder eine Szenario- oder Katalogdatei, die im Fenster geöffnet wird)</translation>
    </message>
    <message>
        <source>--pdf goes with &apos;show&apos;, &apos;compare&apos;, &apos;advise&apos;, &apos;document&apos;, &apos;fit&apos; or &apos;map&apos;</source>
        <translation>--pdf gehört zu „show“, „compare“, „advise“, „document“, „fit“ oder „map“</translation>
    </message>
    <message>
        <source>--svg needs a file name</source>
        <translation>--svg braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--svg goes with &apos;map&apos;</source>
        <translation>--svg gehört zu „map“</translation>
    </message>
    <message>
        <source>results|advisor|map</source>
        <translation>results|advisor|map</translation>
    </message>
    <message>
        <source>the role map, as SVG or PDF</source>
        <translation>die Rollenkarte, als SVG oder PDF</translation>
    </message>
    <message>
        <source>Draw how the catalog&apos;s roles relate: who supervises whom (with what the catalog says of each line), who does the work a role does not, and where the articles disagree. --svg FILE writes an SVG drawing, --pdf FILE a one-page PDF (--paper a4 or letter); both may be given. Extra roles from --catalog are on the map.</source>
        <translation>Darstellen, wie die Rollen des Katalogs zusammenhängen: wer wem vorgesetzt ist (mit dem, was der Katalog über jede Linie sagt), wer die Arbeit übernimmt, die eine Rolle nicht macht, und worin sich die Artikel uneinig sind. --svg FILE schreibt eine SVG-Zeichnung, --pdf FILE ein einseitiges PDF (--paper a4 oder letter); beides ist möglich. Zusätzliche Rollen aus --catalog stehen ebenfalls auf der Karte.</translation>
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
        <translation>unbekannte Rolle „%1“ (ähnlichste bekannte: %2)</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; is given twice</source>
        <translation>Rolle „%1“ ist doppelt angegeben</translation>
    </message>
</context>
<context>
    <name>ComparisonDocument</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Shared by all and unique to each</source>
        <translation>Allen gemeinsam und jeweils eigen</translation>
    </message>
    <message>
        <source>Shared metrics:</source>
        <translation>Gemeinsame Kennzahlen:</translation>
    </message>
    <message>
        <source>Shared responsibilities:</source>
        <translation>Gemeinsame Aufgaben:</translation>
    </message>
    <message>
        <source>Shared skills:</source>
        <translation>Gemeinsame Fähigkeiten:</translation>
    </message>
    <message>
        <source>Only %1:</source>
        <translation>Nur %1:</translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation>Kennzahlen:</translation>
    </message>
    <message>
        <source>Responsibilities:</source>
        <translation>Aufgaben:</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>Fähigkeiten:</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> vs. </translation>
    </message>
    <message>
        <source>What each role is for, how it is judged and what it does not do: to agree on realistic expectations before the hire.</source>
        <translation>Wofür jede Rolle da ist, woran sie gemessen wird und was sie nicht tut: um vor der Einstellung realistische Erwartungen zu vereinbaren.</translation>
    </message>
    <message>
        <source>Comparison sheet</source>
        <translation>Vergleichsblatt</translation>
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
        <source>Weight 1-5: how much each role is judged by the metric, from how many sources name it for the role; primary metrics are what the role is mainly judged by.</source>
        <translation>Gewicht 1–5: wie stark jede Rolle an der Kennzahl gemessen wird, abgeleitet aus der Zahl der Quellen, die sie für die Rolle nennen; primäre Kennzahlen sind die, an denen die Rolle hauptsächlich gemessen wird.</translation>
    </message>
    <message>
        <source>Metric, definition and formula</source>
        <translation>Kennzahl, Definition und Formel</translation>
    </message>
    <message>
        <source>%1, weight %2 of 5</source>
        <translation>%1, Gewicht %2 von 5</translation>
    </message>
    <message>
        <source>Expected results over time</source>
        <translation>Erwartete Ergebnisse im Zeitverlauf</translation>
    </message>
    <message>
        <source>The catalog gives no expected results over time for these roles.</source>
        <translation>Der Katalog nennt für diese Rollen keine erwarteten Ergebnisse im Zeitverlauf.</translation>
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
        <source> (changed from the catalog&apos;s values)</source>
        <translation> (geändert gegenüber den Katalogwerten)</translation>
    </message>
    <message>
        <source>These curves are assumptions, not measurements or promises: the values are illustrative, shaped by what the sources say about when each role&apos;s contribution shows.</source>
        <translation>Diese Kurven sind Annahmen, keine Messungen oder Versprechen: Die Werte sind illustrativ und orientieren sich an den Aussagen der Quellen dazu, wann der Beitrag jeder Rolle sichtbar wird.</translation>
    </message>
    <message>
        <source>What each role does not do, and who does</source>
        <translation>Was jede Rolle nicht übernimmt – und wer es übernimmt</translation>
    </message>
    <message>
        <source>Where the sources disagree</source>
        <translation>Wo die Quellen uneins sind</translation>
    </message>
    <message>
        <source>The catalog records no disagreement between the sources about these roles.</source>
        <translation>Der Katalog verzeichnet zu diesen Rollen keinen Widerspruch zwischen den Quellen.</translation>
    </message>
    <message>
        <source>Each position as its sources state it; the catalog does not pick a winner.</source>
        <translation>Jede Position so, wie ihre Quellen sie darlegen; der Katalog entscheidet nicht, wer recht hat.</translation>
    </message>
    <message>
        <source>Relation: whether the roles are the same, only partly overlap or differ on that dimension, as computed from the catalog&apos;s tags (on the printed sheet, differing rows are shaded darker, overlapping ones lighter). With three or four roles, &quot;apart&quot; names a role that shares no tag with the others.</source>
        <translation>Beziehung: ob die Rollen in dieser Dimension gleich sind, sich nur teilweise überschneiden oder sich unterscheiden, berechnet aus den Tags des Katalogs (auf dem gedruckten Blatt sind unterschiedliche Zeilen dunkler, überlappende heller schattiert). Bei drei oder vier Rollen nennt „abseits“ eine Rolle, die keinen Tag mit den anderen teilt.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Shaded: they differ</source>
        <translation>Schattiert: sie unterscheiden sich</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Wofür sie da ist</translation>
    </message>
    <message>
        <source>Does not do</source>
        <translation>Was sie nicht tut</translation>
    </message>
    <message>
        <source>The articles do not disagree about these roles.</source>
        <translation>Über diese Rollen sind sich die Artikel einig.</translation>
    </message>
    <message>
        <source>Where the articles disagree:</source>
        <translation>Wo sich die Artikel widersprechen:</translation>
    </message>
    <message>
        <source>(each position, with its sources, at the end)</source>
        <translation>(jede Position mit ihren Quellen am Ende)</translation>
    </message>
    <message>
        <source>Each role has its own colour and fill, solid or hatched, so that the roles stay apart in black and white; an outlined bar marks a secondary emphasis.</source>
        <translation>Jede Rolle hat ihre eigene Farbe und Füllung, voll oder schraffiert, damit die Rollen auch in Schwarzweiß unterscheidbar bleiben; ein nur umrandeter Balken kennzeichnet einen sekundären Schwerpunkt.</translation>
    </message>
</context>
<context>
    <name>CsvRenderer</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>CsvReport</name>
    <message>
        <source>Id</source>
        <extracomment>Column titles of the role list as CSV: a role&apos;s id (what the user types), its title and its category.</extracomment>
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
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Überschreiben</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
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
    <name>DocumentExport</name>
    <message>
        <source>%1: RoleLens saves this as .pdf, .md or .html, not as &quot;%2&quot;.</source>
        <translation>%1: RoleLens speichert dies als .pdf, .md oder .html, nicht als „%2“.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Markdown (*.md);;HTML pages (*.html)</source>
        <translation>PDF-Dokumente (*.pdf);;Markdown (*.md);;HTML-Seiten (*.html)</translation>
    </message>
</context>
<context>
    <name>DocumentOpening</name>
    <message>
        <source>No role is considered and none fits the goals and tasks given: add goals or tasks, or name the role you are considering.</source>
        <translation>Es wird keine Rolle in Betracht gezogen, und keine passt zu den angegebenen Zielen und Tätigkeiten: Ergänzen Sie Ziele oder Tätigkeiten, oder nennen Sie die Rolle, die Sie in Betracht ziehen.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Owner, for %1</source>
        <translation>Inhaber, für %1</translation>
    </message>
    <message>
        <source>Hire</source>
        <extracomment>Above a signature line: the person hired (a noun), beside the owner.</extracomment>
        <translation>Neue Fachkraft</translation>
    </message>
</context>
<context>
    <name>ExportPath</name>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2&#xa0;%1</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>aus diesem Jahr</translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s) old</source>
        <translation>
            <numerusform>%Ln Jahr alt</numerusform>
            <numerusform>%Ln Jahre alt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln Woche</numerusform>
            <numerusform>%Ln Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln Monat</numerusform>
            <numerusform>%Ln Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln week(s)</source>
        <translation>
            <numerusform>in %Ln Woche</numerusform>
            <numerusform>in %Ln Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
</context>
<context>
    <name>FirstNinetyDaysDocument</name>
    <message>
        <source>First 90 days: %1</source>
        <translation>Die ersten 90 Tage: %1</translation>
    </message>
    <message>
        <source>First 90 days plan</source>
        <translation>Plan für die ersten 90 Tage</translation>
    </message>
    <message>
        <source>By day 60</source>
        <translation>Bis Tag 60</translation>
    </message>
    <message>
        <source>By day 90</source>
        <translation>Bis Tag 90</translation>
    </message>
    <message>
        <source>These are assumptions to agree on, not promises: how far the role&apos;s contribution has come is the catalog&apos;s illustrative assumption, each range an assumption with its sources, and where no range is given the first month sets the baseline and the trend is judged.</source>
        <translation>Das sind Annahmen, auf die man sich verständigt, keine Versprechen: Wie weit der Beitrag der Rolle bis dahin reicht, ist die illustrative Annahme des Katalogs, jede Spanne ist eine Annahme mit ihren Quellen, und wo keine Spanne angegeben ist, legt der erste Monat den Basiswert fest und beurteilt wird der Trend.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Month one: set up and measure the baseline</source>
        <translation>Erster Monat: einrichten und den Basiswert messen</translation>
    </message>
    <message>
        <source>The catalog gives no measures for this role.</source>
        <translation>Der Katalog nennt für diese Rolle keine Kennzahlen.</translation>
    </message>
    <message>
        <source>measure where it stands now; this is the baseline the next reviews compare with</source>
        <translation>den aktuellen Stand messen; das ist der Basiswert, mit dem die folgenden Überprüfungen verglichen werden</translation>
    </message>
    <message>
        <source>The catalog gives no assumption for when the %1&apos;s contribution shows.</source>
        <translation>Der Katalog enthält keine Annahme dazu, wann sich der Beitrag der Rolle „%1“ zeigt.</translation>
    </message>
    <message>
        <source>%1: no effect yet, by the catalog&apos;s illustrative assumption. %2</source>
        <translation>%1: noch keine Wirkung, nach der illustrativen Annahme des Katalogs. %2</translation>
    </message>
    <message>
        <source>%1: about %2 of its full effect, by the catalog&apos;s illustrative assumption. %3</source>
        <translation>%1: etwa %2 der vollen Wirkung, nach der illustrativen Annahme des Katalogs. %3</translation>
    </message>
    <message>
        <source>The role&apos;s measures at the %1-month review:</source>
        <translation>Die Kennzahlen der Rolle bei der Überprüfung nach %1 Monaten:</translation>
    </message>
</context>
<context>
    <name>FollowerChartBuilder</name>
    <message>
        <source>Tick &quot;Followers&quot; to compare your expectation with what is realistic</source>
        <translation>Kreuzen Sie „Follower“ an, um Ihre Erwartung mit realistischen Werten zu vergleichen</translation>
    </message>
    <message>
        <source>Choose a role to see what is realistic</source>
        <translation>Wählen Sie eine Rolle, um zu sehen, was realistisch ist</translation>
    </message>
    <message>
        <source>Weeks from now</source>
        <translation>Wochen ab heute</translation>
    </message>
    <message>
        <source>You expect</source>
        <translation>Ihre Erwartung</translation>
    </message>
    <message>
        <source>Low: %1 %/mo</source>
        <translation>Untergrenze: %1 %/Monat</translation>
    </message>
    <message>
        <source>High: %1 %/mo</source>
        <translation>Obergrenze: %1 %/Monat</translation>
    </message>
    <message>
        <source>No growth assumption for the %1</source>
        <translation>Keine Wachstumsannahme für die Rolle „%1“</translation>
    </message>
    <message>
        <source>Followers: yours vs. the %1&apos;s assumed range</source>
        <translation>Follower: Ihre Erwartung vs. angenommene Spanne (%1)</translation>
    </message>
    <message>
        <source>Your expected follower count, a solid line, against the high (dashed) and the low (dotted) growth assumed for the role, week by week up to your date.</source>
        <translation>Ihre erwartete Followerzahl als durchgezogene Linie, verglichen mit dem für die Rolle angenommenen hohen (gestrichelt) und niedrigen (gepunktet) Wachstum, Woche für Woche bis zu Ihrem Termin.</translation>
    </message>
</context>
<context>
    <name>HiringDocuments</name>
    <message>
        <source>Job post</source>
        <translation>Stellenanzeige</translation>
    </message>
    <message>
        <source>Expectations agreement</source>
        <translation>Erwartungsvereinbarung</translation>
    </message>
    <message>
        <source>Scope of work</source>
        <translation>Leistungsbeschreibung</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>First 90 days plan</source>
        <translation>Plan für die ersten 90 Tage</translation>
    </message>
</context>
<context>
    <name>HiringPlan</name>
    <message>
        <source>Hire</source>
        <extracomment>A step of the hiring plan, a verb: employ the role.</extracomment>
        <translation>Einstellen</translation>
    </message>
    <message>
        <source>Engage for a campaign</source>
        <translation>Für eine Kampagne beauftragen</translation>
    </message>
    <message>
        <source>Contract out or leave out</source>
        <translation>Extern vergeben oder weglassen</translation>
    </message>
</context>
<context>
    <name>HtmlRenderer</name>
    <message>
        <source>Hover over or click a reference number to read the exact statement; from the keyboard, reach it with the arrow keys and press Return.</source>
        <translation>Zeigen Sie auf eine Quellennummer oder klicken Sie sie an, um die genaue Aussage zu lesen; mit der Tastatur erreichen Sie sie mit den Pfeiltasten und drücken die Eingabetaste.</translation>
    </message>
    <message>
        <source>Numbers in brackets refer to this list; point at a number to read the exact words it stands for.</source>
        <translation>Die Zahlen in Klammern verweisen auf diese Liste; zeigen Sie auf eine Zahl, um den genauen Wortlaut zu lesen, für den sie steht.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>JobPostDocument</name>
    <message>
        <source>Job post: %1</source>
        <translation>Stellenanzeige: %1</translation>
    </message>
    <message>
        <source>Job post</source>
        <translation>Stellenanzeige</translation>
    </message>
    <message>
        <source>Every line is the catalog&apos;s, with its sources: edit the wording, not the scope.</source>
        <translation>Jede Zeile stammt aus dem Katalog, mit ihren Quellen: Ändern Sie die Formulierung, nicht den Umfang.</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>Die Rolle</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>What you will do</source>
        <translation>Ihre Aufgaben</translation>
    </message>
    <message>
        <source>What you bring</source>
        <translation>Was Sie mitbringen</translation>
    </message>
    <message>
        <source>How success will be measured</source>
        <translation>Woran der Erfolg gemessen wird</translation>
    </message>
    <message>
        <source>The role&apos;s measures, most weighty first, with what to expect by each review. Ranges are assumptions to agree on, not promises; where no range is given, the first month sets the baseline and the trend is judged.</source>
        <translation>Die Kennzahlen der Rolle, die gewichtigsten zuerst, mit dem, was bis zu jeder Überprüfung zu erwarten ist. Spannen sind Annahmen, auf die man sich verständigt, keine Versprechen; wo keine Spanne angegeben ist, legt der erste Monat den Basiswert fest und beurteilt wird der Trend.</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Anstellung</translation>
    </message>
    <message>
        <source>Not part of this role</source>
        <translation>Nicht Teil dieser Rolle</translation>
    </message>
    <message>
        <source>The catalog lists nothing this role does not do.</source>
        <translation>Der Katalog nennt nichts, was diese Rolle nicht tut.</translation>
    </message>
    <message>
        <source>(kept at the owner&apos;s request: the advice gives it to the %1)</source>
        <translation>(auf Wunsch des Inhabers beibehalten: Die Empfehlungen weisen es der Rolle „%1“ zu)</translation>
    </message>
    <message>
        <source>Also asked of this hire, though not the role&apos;s work</source>
        <translation>Zusätzlich gewünscht, obwohl nicht Aufgabe dieser Rolle</translation>
    </message>
</context>
<context>
    <name>JsonLimits</name>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>a string is longer than %1 bytes</source>
        <translation>eine Zeichenkette ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
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
        <translation>unbekanntes Feld „%1“ (erwartet wird eines von: %2)</translation>
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
        <translation>„%1“ ist keine gültige ID (Kleinbuchstaben und Ziffern, durch Bindestriche verbunden)</translation>
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
    <message>
        <source>null is not a value: give one or leave the field out</source>
        <translation>null ist kein Wert: Geben Sie einen Wert an oder lassen Sie das Feld weg</translation>
    </message>
    <message>
        <source>%1 is far too large (whole numbers up to %2)</source>
        <translation>%1 ist viel zu groß (ganze Zahlen bis %2)</translation>
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
        <translation>rolelens: das Fenster kann nicht geöffnet werden: %1. Starten Sie es in einer Desktop-Sitzung oder mit „xvfb-run -a rolelens“, oder verwenden Sie die Kommandozeile: „rolelens --help“.</translation>
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
    <name>MapExport</name>
    <message>
        <source>RoleLens %1</source>
        <translation>RoleLens %1</translation>
    </message>
    <message>
        <source>Role map</source>
        <translation>Rollenkarte</translation>
    </message>
    <message>
        <source>How the roles relate</source>
        <translation>Wie die Rollen zusammenhängen</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>How the roles relate, as the catalog says</source>
        <translation>Wie die Rollen zusammenhängen, laut Katalog</translation>
    </message>
    <message>
        <source>Supervises: the arrow points to the role supervised; the box says what the catalog says of the line, and on what condition</source>
        <translation>Vorgesetzt: Der Pfeil zeigt auf die unterstellte Rolle; im Kasten steht, was der Katalog über die Linie sagt und unter welcher Bedingung</translation>
    </message>
    <message>
        <source>Handled by: the arrow points to the role that does work the other does not</source>
        <translation>Übernommen von: Der Pfeil zeigt auf die Rolle, die Arbeit übernimmt, die die andere nicht macht</translation>
    </message>
    <message>
        <source>The articles disagree about these roles</source>
        <translation>Bei diesen Rollen sind sich die Artikel uneinig</translation>
    </message>
    <message>
        <source>Click a role to open its profile. Point at a role to highlight its lines, and at a line for what it stands for and its sources.</source>
        <translation>Klicken Sie auf eine Rolle, um ihr Profil zu öffnen. Zeigen Sie auf eine Rolle, um ihre Linien hervorzuheben, und auf eine Linie, um zu lesen, wofür sie steht und woher sie stammt.</translation>
    </message>
</context>
<context>
    <name>MapToolTip</name>
    <message>
        <source>%1 supervises %2</source>
        <translation>Die Rolle „%1“ ist der Rolle „%2“ vorgesetzt</translation>
    </message>
    <message>
        <source>Work the %1 does not do, or not usually, and the %2 does</source>
        <translation>Arbeit, die die Rolle „%1“ nicht oder meist nicht macht und die Rolle „%2“ übernimmt</translation>
    </message>
    <message>
        <source>Where the articles disagree about the %1 and the %2</source>
        <translation>Worin sich die Artikel bei den Rollen „%1“ und „%2“ uneinig sind</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Both roles name the line; the catalog says nothing more of it.</source>
        <translation>Beide Rollen nennen diese Linie; mehr sagt der Katalog dazu nicht.</translation>
    </message>
    <message>
        <source>Click, or press Enter, to open its profile.</source>
        <translation>Klicken oder die Eingabetaste drücken, um ihr Profil zu öffnen.</translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
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
</context>
<context>
    <name>MetricChartBuilder</name>
    <message>
        <source>Weight (1-5)</source>
        <translation>Gewicht (1–5)</translation>
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
        <translation>Woran die Rolle „%1“ gemessen wird</translation>
    </message>
    <message>
        <source>Not a measure of this role</source>
        <translation>Kein Maßstab für diese Rolle</translation>
    </message>
    <message>
        <source>Weeks after the hire or the start of the collaboration</source>
        <translation>Wochen nach Einstellung oder Beginn der Zusammenarbeit</translation>
    </message>
    <message>
        <source>%d%</source>
        <extracomment>The percent axis&apos; labels, printf-style: %d is the number. Write the sign as the language does (&quot;%d %&quot; with a space in German and French), in ASCII only: Qt Charts shows a no-break space as a replacement character.</extracomment>
        <translation>%d %</translation>
    </message>
    <message>
        <source>Bars of the weight, from 1 to 5, of each metric the role is judged by: filled for a primary emphasis, outlined for a secondary one.</source>
        <translation>Balken für das Gewicht (1 bis 5) jeder Kennzahl, an der die Rolle gemessen wird: gefüllt bei primärem, nur umrandet bei sekundärem Schwerpunkt.</translation>
    </message>
    <message>
        <source>Bars of the weight, from 1 to 5, of each metric for each compared role, each role in a colour and a fill of its own; an outlined bar marks a secondary emphasis.</source>
        <translation>Balken für das Gewicht (1 bis 5) jeder Kennzahl bei jeder verglichenen Rolle, jede Rolle in eigener Farbe und Füllung; ein nur umrandeter Balken kennzeichnet einen sekundären Schwerpunkt.</translation>
    </message>
    <message>
        <source>One curve for each role, each with a dash pattern and a marker shape of its own: the share of its full effect expected week by week over the first year, from assumptions.</source>
        <translation>Eine Kurve je Rolle, jede mit eigenem Strichmuster und eigener Markierungsform: der Anteil ihrer vollen Wirkung, der Woche für Woche im ersten Jahr erwartet wird, nach Annahmen.</translation>
    </message>
    <message>
        <source>Success metrics by role (outlined bar: secondary emphasis)</source>
        <translation>Erfolgskennzahlen nach Rolle (umrandeter Balken: sekundärer Schwerpunkt)</translation>
    </message>
    <message>
        <source>What each role is mainly judged by (outlined bar: secondary emphasis)</source>
        <translation>Woran jede Rolle vor allem gemessen wird (umrandeter Balken: sekundärer Schwerpunkt)</translation>
    </message>
    <message>
        <source>Expected results over time: share of the full effect (assumptions)</source>
        <translation>Erwartete Ergebnisse im Zeitverlauf: Anteil der vollen Wirkung (Annahmen)</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>RoleLens %1</source>
        <translation>RoleLens %1</translation>
    </message>
</context>
<context>
    <name>ProfileDocument</name>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Also called: %1</source>
        <translation>Auch bekannt als: %1</translation>
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
        <source>Expected results over time (assumptions)</source>
        <translation>Erwartete Ergebnisse im Zeitverlauf (Annahmen)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
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
        <source>Success metrics</source>
        <translation>Erfolgskennzahlen</translation>
    </message>
    <message>
        <source>Weight 1-5: how much the role is judged by the metric; primary metrics are what the role is mainly judged by.</source>
        <translation>Gewicht 1–5: wie stark die Rolle an der Kennzahl gemessen wird; primäre Kennzahlen sind die, an denen die Rolle vor allem gemessen wird.</translation>
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
        <translation>Gewicht (1–5)</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
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
        <source>no role the articles name</source>
        <translation>keine Rolle, die die Artikel nennen</translation>
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
        <source>Supervises</source>
        <translation>Leitet</translation>
    </message>
    <message>
        <source>What this role does not do, and who does</source>
        <translation>Was diese Rolle nicht übernimmt – und wer es übernimmt</translation>
    </message>
    <message>
        <source>Misconceptions</source>
        <translation>Irrtümer</translation>
    </message>
    <message>
        <source>Belief:</source>
        <translation>Vorstellung:</translation>
    </message>
    <message>
        <source>Reality:</source>
        <translation>Wirklichkeit:</translation>
    </message>
    <message>
        <source>Where the sources disagree</source>
        <translation>Wo die Quellen uneins sind</translation>
    </message>
    <message>
        <source>Formula: %1.</source>
        <translation>Formel: %1.</translation>
    </message>
    <message>
        <source>Role profile</source>
        <translation>Rollenprofil</translation>
    </message>
    <message>
        <source>What this role is for, how it is judged and what it does not do: to agree on realistic expectations before the hire.</source>
        <translation>Wofür diese Rolle da ist, woran sie gemessen wird und was sie nicht tut: um vor der Einstellung realistische Erwartungen zu vereinbaren.</translation>
    </message>
    <message>
        <source>Expected results are assumptions, not measurements or promises: the values are illustrative, shaped by what the sources say about when the role&apos;s contribution shows.</source>
        <translation>Erwartete Ergebnisse sind Annahmen, keine Messungen oder Versprechen: Die Werte sind illustrativ und richten sich danach, was die Quellen darüber sagen, wann der Beitrag der Rolle sichtbar wird.</translation>
    </message>
    <message>
        <source>The catalog lists nothing this role is commonly, and wrongly, expected to do.</source>
        <translation>Der Katalog nennt nichts, was von dieser Rolle häufig fälschlich erwartet wird.</translation>
    </message>
</context>
<context>
    <name>Punctuation</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A label and its text, as in &quot;Category: Marketing&quot;. French puts a no-break space (U+00A0) before the colon.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two items of a list whose items may hold commas, as in &quot;Planning posts; Replying to comments&quot;. French puts a no-break space (U+00A0) before the semicolon.</extracomment>
        <translation>%1; %2</translation>
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
    <message>
        <source>%1; apart: %2</source>
        <translation>%1; abseits: %2</translation>
    </message>
</context>
<context>
    <name>ResultCurve</name>
    <message>
        <source>; it then lasts.</source>
        <translation>; danach bleibt sie bestehen.</translation>
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
    <name>RoleLensFile</name>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>is a folder, not a scenario or catalog file</source>
        <translation>ist ein Ordner, keine Szenario- oder Katalogdatei</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is the translation of a catalog file, read with the file beside it; open that file instead</source>
        <translation>ist die Übersetzung einer Katalogdatei und wird mit der Datei daneben gelesen; öffnen Sie stattdessen diese</translation>
    </message>
    <message>
        <source>is not a RoleLens scenario or catalog (its &quot;format&quot; is &quot;%1&quot;)</source>
        <translation>ist kein RoleLens-Szenario und kein Katalog (sein „format“ ist „%1“)</translation>
    </message>
    <message>
        <source>is not a RoleLens scenario or catalog (no &quot;format&quot; field names one)</source>
        <translation>ist kein RoleLens-Szenario und kein Katalog (kein Feld „format“ nennt eines davon)</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Solo (just the owner)</source>
        <translation>Solo (nur der Inhaber)</translation>
    </message>
    <message>
        <source>Small (up to 10 people)</source>
        <translation>Klein (bis 10 Personen)</translation>
    </message>
    <message>
        <source>Medium (10 to 250 people)</source>
        <translation>Mittel (10 bis 250 Personen)</translation>
    </message>
    <message>
        <source>Large (over 250 people)</source>
        <translation>Groß (über 250 Personen)</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Keine Angabe</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>expected &quot;rolelens-scenario&quot;, found &quot;%1&quot;</source>
        <translation>„rolelens-scenario“ erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>version %1 is not supported (this program reads version %2)</source>
        <translation>Version %1 wird nicht unterstützt (dieses Programm liest Version %2)</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>%1 is out of range (expected %2 to %3)</source>
        <translation>%1 liegt außerhalb des gültigen Bereichs (erwartet: %2 bis %3)</translation>
    </message>
    <message>
        <source>%1 is out of range (expected 0 to %2)</source>
        <translation>%1 liegt außerhalb des gültigen Bereichs (erwartet: 0 bis %2)</translation>
    </message>
    <message>
        <source>expected solo, small, medium or large, found &quot;%1&quot;</source>
        <translation>solo, small, medium oder large erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected a three-letter currency code such as EUR, found &quot;%1&quot;</source>
        <translation>dreibuchstabiger Währungscode wie EUR erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>expected 0 &lt;= lowPercentPerMonth &lt;= highPercentPerMonth &lt;= 1000, found %1 and %2</source>
        <translation>0 &lt;= lowPercentPerMonth &lt;= highPercentPerMonth &lt;= 1000 erwartet, %1 und %2 gefunden</translation>
    </message>
    <message>
        <source>is a folder, not a scenario file</source>
        <translation>ist ein Ordner, keine Szenariodatei</translation>
    </message>
    <message>
        <source>is %1 bytes; scenario files are limited to %2 bytes</source>
        <translation>ist %1 Bytes groß; Szenariodateien dürfen höchstens %2 Bytes groß sein</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot; (the keys are metric ids, such as engagement-rate)</source>
        <translation>unbekannte Kennzahl „%1“ (die Schlüssel sind Kennzahl-IDs, etwa engagement-rate)</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; (did you mean: %3?)</source>
        <translation>%1 „%2“ ist unbekannt (meinten Sie: %3?)</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (did you mean: %2?)</source>
        <translation>unbekannte Rolle „%1“ (meinten Sie: %2?)</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>Datum im Format JJJJ-MM-TT erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>holds %1 terms; at most %2 are allowed</source>
        <translation>enthält %1 Einträge; höchstens %2 sind erlaubt</translation>
    </message>
</context>
<context>
    <name>ScopeOfWorkDocument</name>
    <message>
        <source>Scope of work: %1</source>
        <translation>Leistungsbeschreibung: %1</translation>
    </message>
    <message>
        <source>Scope of work</source>
        <translation>Leistungsbeschreibung</translation>
    </message>
    <message>
        <source>Annex to the contract: what is in scope, what is not and who does it, and how the work is judged and when.</source>
        <translation>Anlage zum Vertrag: was zum Auftrag gehört, was nicht und wer es übernimmt, und wie und wann die Arbeit beurteilt wird.</translation>
    </message>
    <message>
        <source>Out of scope, and who does it instead</source>
        <translation>Nicht Teil des Auftrags – und wer es stattdessen übernimmt</translation>
    </message>
    <message>
        <source>The catalog lists nothing this role does not do.</source>
        <translation>Der Katalog nennt nichts, was diese Rolle nicht tut.</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Zum Auftrag gehört</translation>
    </message>
    <message>
        <source>What the owner engages the hire for:</source>
        <translation>Wofür der Inhaber die neue Fachkraft beauftragt:</translation>
    </message>
</context>
<context>
    <name>ScorecardDocument</name>
    <message>
        <source>Scorecard: %1</source>
        <translation>Scorecard: %1</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>What this role is not:</source>
        <translation>Was diese Rolle nicht ist:</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>The role&apos;s measures, most weighty first, with what to expect by each review. Ranges are assumptions to agree on, not promises; where no range is given, the first month sets the baseline and the trend is judged. Rate each outcome at the review.</source>
        <translation>Die Kennzahlen der Rolle, die gewichtigsten zuerst, mit dem, was bis zu jeder Überprüfung zu erwarten ist. Spannen sind Annahmen, auf die man sich verständigt, keine Versprechen; wo keine Spanne angegeben ist, legt der erste Monat den Basiswert fest und beurteilt wird der Trend. Bewerten Sie jedes Ergebnis bei der Überprüfung.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Owner&apos;s target</source>
        <translation>Ziel des Inhabers</translation>
    </message>
    <message>
        <source>Rating (1-5)</source>
        <translation>Bewertung (1–5)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Left out: %1 of the role&apos;s measures, the least weighty; a scorecard holds at most eight outcomes.</source>
        <translation>Weggelassen: %1 der Kennzahlen der Rolle, die am wenigsten gewichtigen; eine Scorecard umfasst höchstens acht Ergebnisse.</translation>
    </message>
    <message>
        <source>The catalog gives fewer than three measures for this role.</source>
        <translation>Der Katalog nennt für diese Rolle weniger als drei Kennzahlen.</translation>
    </message>
    <message>
        <source>Beyond the realistic range: %1</source>
        <translation>Außerhalb der realistischen Spanne: %1</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>The catalog lists no skills for this role.</source>
        <translation>Der Katalog nennt für diese Rolle keine Fähigkeiten.</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Kompetenz</translation>
    </message>
</context>
<context>
    <name>SearchTerms</name>
    <message>
        <source>expected &quot;rolelens-search-terms&quot;, found &quot;%1&quot;</source>
        <translation>„rolelens-search-terms“ erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>version %1 is not supported (this program reads version %2)</source>
        <translation>Version %1 wird nicht unterstützt (dieses Programm liest Version %2)</translation>
    </message>
    <message>
        <source>a term needs at least one letter or digit</source>
        <translation>ein Begriff braucht mindestens einen Buchstaben oder eine Ziffer</translation>
    </message>
    <message>
        <source>a group needs at least two terms</source>
        <translation>eine Gruppe braucht mindestens zwei Begriffe</translation>
    </message>
</context>
<context>
    <name>SelfCheckDocument</name>
    <message>
        <source>Which role fits what you can do</source>
        <translation>Welche Rolle zu Ihrem Können passt</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>A reading of the catalog, not a test of aptitude: each role is ranked by how many of the skills its sources list you rate &quot;some&quot; (1 point) or &quot;strong&quot; (2 points), out of 2 points for each skill.</source>
        <translation>Eine Lesart des Katalogs, kein Eignungstest: Jede Rolle wird danach eingestuft, wie viele der Fähigkeiten, die ihre Quellen nennen, Sie mit „etwas“ (1 Punkt) oder „stark“ (2 Punkte) bewerten, bei höchstens 2 Punkten je Fähigkeit.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Skills you have</source>
        <translation>Fähigkeiten, die Sie haben</translation>
    </message>
    <message>
        <source>Skills to learn</source>
        <translation>Noch zu lernende Fähigkeiten</translation>
    </message>
    <message>
        <source>Mainly judged by: %1</source>
        <translation>Vor allem gemessen an: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Each kind of work you prefer counts 2 points when the role&apos;s description in the catalog involves it; the sources cited are those of that description.</source>
        <translation>Jede Art von Arbeit, die Sie bevorzugen, zählt 2 Punkte, wenn die Beschreibung der Rolle im Katalog sie umfasst; zitiert werden die Quellen dieser Beschreibung.</translation>
    </message>
    <message>
        <source>None of it</source>
        <translation>Nichts davon</translation>
    </message>
    <message>
        <source>Work you prefer that it involves</source>
        <translation>Bevorzugte Arbeit, die sie umfasst</translation>
    </message>
    <message>
        <source>Nothing answered yet: rate the skills you have and choose the kinds of work you prefer, and the roles are ranked by how far they match. Until then, each role below shows every skill its sources list.</source>
        <translation>Noch nichts beantwortet: Bewerten Sie die Fähigkeiten, die Sie haben, und wählen Sie die Arten von Arbeit, die Sie bevorzugen; dann werden die Rollen danach eingestuft, wie gut sie passen. Bis dahin zeigt jede Rolle unten alle Fähigkeiten, die ihre Quellen nennen.</translation>
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
    <name>SheetRenderer</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Numbers in brackets refer to this list. RoleLens shows the exact words each statement rests on: in its window, point at or select the number.</source>
        <translation>Die Zahlen in Klammern verweisen auf diese Liste. RoleLens zeigt den genauen Wortlaut, auf dem jede Aussage beruht: Zeigen Sie im Fenster auf die Zahl oder wählen Sie sie aus.</translation>
    </message>
</context>
<context>
    <name>SignatureLines</name>
    <message>
        <source>%1 — name: _______________  signature: _______________  date: _________</source>
        <translation>%1 — Name: _______________  Unterschrift: _______________  Datum: _________</translation>
    </message>
</context>
<context>
    <name>SourceItems</name>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>An illustrative assumption, not a quotation.</source>
        <translation>Eine illustrative Annahme, kein Zitat.</translation>
    </message>
    <message>
        <source>General practice; no quotation.</source>
        <translation>Allgemeine Praxis; kein Zitat.</translation>
    </message>
</context>
<context>
    <name>SourceText</name>
    <message>
        <source>%1, %2, %3 (%4)</source>
        <translation>%1, %2, %3 (%4)</translation>
    </message>
    <message>
        <source>Data: %1.</source>
        <translation>Daten: %1.</translation>
    </message>
    <message>
        <source>Sample: %1.</source>
        <translation>Stichprobe: %1.</translation>
    </message>
    <message>
        <source> (published benchmark)</source>
        <translation> (veröffentlichter Vergleichswert)</translation>
    </message>
    <message>
        <source> (article)</source>
        <translation> (Artikel)</translation>
    </message>
</context>
<context>
    <name>Tag</name>
    <message>
        <source>brand presence</source>
        <translation>Markenpräsenz</translation>
    </message>
    <message>
        <source>audience influence</source>
        <translation>Einfluss auf die Zielgruppe</translation>
    </message>
    <message>
        <source>product promotion</source>
        <translation>Produktwerbung</translation>
    </message>
    <message>
        <source>lead and sales generation</source>
        <translation>Lead- und Umsatzgenerierung</translation>
    </message>
    <message>
        <source>community building</source>
        <translation>Community-Aufbau</translation>
    </message>
    <message>
        <source>web presence</source>
        <translation>Webpräsenz</translation>
    </message>
    <message>
        <source>marketing direction</source>
        <translation>Marketingsteuerung</translation>
    </message>
    <message>
        <source>reputation management</source>
        <translation>Reputationsmanagement</translation>
    </message>
    <message>
        <source>customer support</source>
        <translation>Kundensupport</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>content creation</source>
        <translation>Content-Erstellung</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>execution</source>
        <translation>Umsetzung</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>Datenanalyse</translation>
    </message>
    <message>
        <source>paid advertising</source>
        <translation>bezahlte Werbung</translation>
    </message>
    <message>
        <source>community interaction</source>
        <translation>Community-Interaktion</translation>
    </message>
    <message>
        <source>technical maintenance</source>
        <translation>technische Wartung</translation>
    </message>
    <message>
        <source>media relations</source>
        <translation>Pressearbeit</translation>
    </message>
    <message>
        <source>issue resolution</source>
        <translation>Problemlösung</translation>
    </message>
    <message>
        <source>administrative tasks</source>
        <translation>Verwaltungsaufgaben</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>angestellt</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>selbstständig</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>auf Vertragsbasis</translation>
    </message>
    <message>
        <source>personal connection</source>
        <translation>persönliche Bindung</translation>
    </message>
    <message>
        <source>brand voice</source>
        <translation>Markenstimme</translation>
    </message>
    <message>
        <source>two-way</source>
        <translation>wechselseitig</translation>
    </message>
    <message>
        <source>one-way</source>
        <translation>einseitig</translation>
    </message>
    <message>
        <source>targeted campaigns</source>
        <translation>gezielte Kampagnen</translation>
    </message>
    <message>
        <source>one-to-one support</source>
        <translation>Einzelbetreuung</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirekt</translation>
    </message>
    <message>
        <source>salary</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <source>contract fees</source>
        <translation>Auftragshonorare</translation>
    </message>
    <message>
        <source>service fees</source>
        <translation>Servicegebühren</translation>
    </message>
    <message>
        <source>brand partnerships</source>
        <translation>Markenkooperationen</translation>
    </message>
    <message>
        <source>sponsored content</source>
        <translation>gesponserte Inhalte</translation>
    </message>
    <message>
        <source>affiliate marketing</source>
        <translation>Affiliate-Marketing</translation>
    </message>
    <message>
        <source>own products</source>
        <translation>eigene Produkte</translation>
    </message>
    <message>
        <source>audience size</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <source>traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <source>conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Servicequalität</translation>
    </message>
    <message>
        <source>operations</source>
        <translation>Betriebsabläufe</translation>
    </message>
    <message>
        <source>immediate</source>
        <translation>unmittelbar</translation>
    </message>
    <message>
        <source>short-term</source>
        <translation>kurzfristig</translation>
    </message>
    <message>
        <source>long-term</source>
        <translation>langfristig</translation>
    </message>
    <message>
        <source>strategic</source>
        <translation>strategisch</translation>
    </message>
    <message>
        <source>tactical</source>
        <translation>taktisch</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>operativ</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>eigenständig</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <source>supervised</source>
        <translation>weisungsgebunden</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>Roles: %1. Show one with: rolelens show ID</source>
        <translation>Rollen: %1. Eine anzeigen mit: rolelens show ID</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>rolelens: unknown role &quot;%1&quot;; did you mean: %2?</source>
        <translation>rolelens: unbekannte Rolle „%1“; meinten Sie: %2?</translation>
    </message>
</context>
<context>
    <name>rolelens::AboutDialog</name>
    <message>
        <source>About RoleLens</source>
        <translation>Über RoleLens</translation>
    </message>
    <message>
        <source>RoleLens %1</source>
        <translation>RoleLens %1</translation>
    </message>
    <message>
        <source>A hiring-expectations advisor: what each role is for, how it is judged, and what it does not do, with every statement citing its source.</source>
        <translation>Ein Ratgeber für Erwartungen bei der Einstellung: wofür jede Rolle da ist, woran sie gemessen wird und was sie nicht tut, mit einer Quellenangabe zu jeder Aussage.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message numerus="yes">
        <source>The role profiles, the comparisons and the advice cite these %n article(s), statement by statement:</source>
        <translation>
            <numerusform>Die Rollenprofile, die Vergleiche und die Empfehlungen berufen sich Aussage für Aussage auf diesen Artikel:</numerusform>
            <numerusform>Die Rollenprofile, die Vergleiche und die Empfehlungen berufen sich Aussage für Aussage auf diese %n Artikel:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The advice&apos;s targets also quote %n published benchmark report(s), each named beside its figures.</source>
        <translation>
            <numerusform>Die Ziele in den Empfehlungen zitieren außerdem %n veröffentlichten Branchenbericht mit Vergleichswerten; er ist neben seinen Werten genannt.</numerusform>
            <numerusform>Die Ziele in den Empfehlungen zitieren außerdem %n veröffentlichte Branchenberichte mit Vergleichswerten; jeder ist neben seinen Werten genannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>What is labelled general practice, and the figures labelled as illustrative assumptions, are the RoleLens authors&apos; own, not the articles&apos;.</source>
        <translation>Was als allgemeine Praxis gekennzeichnet ist, und die als Annahmen zur Veranschaulichung gekennzeichneten Werte stammen von den Autoren von RoleLens, nicht aus den Artikeln.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>RoleLens is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License (GPL) as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with no warranty. The licence is in the file LICENSE of its source code, and at %1.</source>
        <translation>RoleLens ist freie Software: Sie können es unter den Bedingungen der GNU General Public License (GPL), wie von der Free Software Foundation veröffentlicht, weitergeben und/oder verändern, entweder gemäß Version 3 der Lizenz oder (nach Ihrer Wahl) jeder späteren Version. Es wird ohne jede Gewährleistung bereitgestellt. Die Lizenz steht in der Datei LICENSE seines Quellcodes und unter %1.</translation>
    </message>
    <message>
        <source>Built with Qt %1, used under the GNU Lesser General Public License version 3 (Qt Charts under the GNU General Public License version 3), and with spdlog and {fmt}, used under the MIT licence.</source>
        <translation>Erstellt mit Qt %1, genutzt unter der GNU Lesser General Public License Version 3 (Qt Charts unter der GNU General Public License Version 3), sowie mit spdlog und {fmt}, genutzt unter der MIT-Lizenz.</translation>
    </message>
</context>
<context>
    <name>rolelens::AdvisorView</name>
    <message>
        <source>Your scenario</source>
        <translation>Ihr Szenario</translation>
    </message>
    <message>
        <source>What to judge the hire by instead</source>
        <translation>Woran die neue Fachkraft stattdessen gemessen werden sollte</translation>
    </message>
    <message>
        <source>What to look out for</source>
        <translation>Worauf Sie achten sollten</translation>
    </message>
    <message>
        <source>Hiring plan</source>
        <translation>Einstellungsplan</translation>
    </message>
    <message>
        <source>Roles that fit, ranked</source>
        <translation>Passende Rollen, nach Eignung</translation>
    </message>
    <message>
        <source>Hiring plan and ranking</source>
        <translation>Einstellungsplan und Rangfolge</translation>
    </message>
    <message>
        <source>Follower chart</source>
        <translation>Follower-Diagramm</translation>
    </message>
    <message>
        <source>The hiring plan, and the roles ranked by how well they fit, a tab each.</source>
        <translation>Der Einstellungsplan und die Rollen, geordnet danach, wie gut sie passen, je auf einem eigenen Tab.</translation>
    </message>
</context>
<context>
    <name>rolelens::AssumptionTableModel</name>
    <message>
        <source>lasts</source>
        <extracomment>A half-life cell without a value: the effect never fades.</extracomment>
        <translation>dauerhaft</translation>
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
        <translation>Anlauf bis zur vollen Wirkung (Wochen)</translation>
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
    <message>
        <source>restore the catalog&apos;s assumptions</source>
        <translation>Annahmen des Katalogs wiederherstellen</translation>
    </message>
    <message>
        <source>change the %1 of the %2</source>
        <translation>%1 der Rolle „%2“ ändern</translation>
    </message>
    <message>
        <source>A hold only means something before the effect fades: give a half-life first (without one the effect lasts).</source>
        <translation>Eine Haltedauer ist nur sinnvoll, bevor die Wirkung abklingt: Geben Sie zuerst eine Halbwertszeit an (ohne sie bleibt die Wirkung bestehen).</translation>
    </message>
    <message>
        <source>The start delay must be 0 to %1 weeks.</source>
        <translation>Die Verzögerung muss zwischen 0 und %1 Wochen liegen.</translation>
    </message>
    <message>
        <source>The ramp must be more than 0 weeks (at most %1).</source>
        <translation>Der Anlauf muss mehr als 0 Wochen dauern (höchstens %1).</translation>
    </message>
    <message>
        <source>The hold must be 0 to %1 weeks.</source>
        <translation>Die Haltedauer muss zwischen 0 und %1 Wochen liegen.</translation>
    </message>
    <message>
        <source>The half-life must be more than 0 weeks (at most %1); leave it empty for an effect that lasts.</source>
        <translation>Die Halbwertszeit muss mehr als 0 Wochen betragen (höchstens %1); lassen Sie sie leer, wenn die Wirkung bestehen bleibt.</translation>
    </message>
    <message>
        <source>start delay</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>ramp</source>
        <translation>Anlauf</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>Haltedauer</translation>
    </message>
    <message>
        <source>half-life</source>
        <translation>Halbwertszeit</translation>
    </message>
</context>
<context>
    <name>rolelens::BrowseView</name>
    <message>
        <source>Search roles, skills, metrics…</source>
        <translation>Rolle, Fähigkeit, Kennzahl…</translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation>Rollen suchen</translation>
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
        <source>Add to comparison</source>
        <translation>Zum Vergleich hinzufügen</translation>
    </message>
    <message>
        <source>Finds other forms of a word (managing, manager, réseaux, réseau), typed with or without accents, abbreviations (ads, PR, SEO) and the trade&apos;s words in English, German, Spanish and French (advertising, Werbung, publicidad, publicité). Return opens the highlighted role; Esc clears the search.</source>
        <translation>Findet andere Formen eines Wortes (managing, manager, réseaux, réseau), mit oder ohne Akzente getippt, Abkürzungen (ads, PR, SEO) und die Wörter der Branche auf Englisch, Deutsch, Spanisch und Französisch (advertising, Werbung, publicidad, publicité). Die Eingabetaste öffnet die hervorgehobene Rolle; Esc leert die Suche.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n role(s) match</source>
        <extracomment>%1: the roles that match; %n: all the roles.</extracomment>
        <translation>
            <numerusform>%1 von %n Rolle passt</numerusform>
            <numerusform>%1 von %n Rollen passen</numerusform>
        </translation>
    </message>
    <message>
        <source>The roles that match the search and the category; the highlighted one&apos;s profile shows beside the list.</source>
        <translation>Die Rollen, die zur Suche und zur Kategorie passen; neben der Liste steht das Profil der markierten Rolle.</translation>
    </message>
    <message>
        <source>Lists only the roles that match what you type; Return opens the highlighted role, Esc clears the search.</source>
        <translation>Zeigt nur die Rollen, die zu Ihrer Eingabe passen; die Eingabetaste öffnet die markierte Rolle, Esc leert die Suche.</translation>
    </message>
</context>
<context>
    <name>rolelens::CatalogLoadingPage</name>
    <message>
        <source>Loading the catalog…</source>
        <translation>Der Katalog wird geladen…</translation>
    </message>
    <message>
        <source>Catalog loading progress</source>
        <translation>Fortschritt beim Laden des Katalogs</translation>
    </message>
    <message>
        <source>Closing the window stops loading.</source>
        <translation>Wenn Sie das Fenster schließen, wird das Laden abgebrochen.</translation>
    </message>
    <message>
        <source>Checking that every reference resolves…</source>
        <translation>Es wird geprüft, ob jeder Verweis aufgelöst werden kann…</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3 MB)</source>
        <translation>%1 wird gelesen (%2 von %3 MB)</translation>
    </message>
</context>
<context>
    <name>rolelens::CategoryFilter</name>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Lists only the roles of the chosen category.</source>
        <translation>Zeigt nur die Rollen der gewählten Kategorie.</translation>
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
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
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
        <source>Success metrics of %1</source>
        <translation>Erfolgskennzahlen: %1</translation>
    </message>
    <message>
        <source>Pick two to four roles to compare: choose one in the list at the top right and press Add, or in Browse roles use &quot;Add to comparison&quot; in the role list&apos;s context menu, or Ctrl+D on a role.</source>
        <translation>Wählen Sie zwei bis vier Rollen zum Vergleich: Wählen Sie oben rechts eine Rolle in der Liste und klicken Sie auf „Hinzufügen“, oder wählen Sie unter „Rollen durchsuchen“ im Kontextmenü der Rollenliste „Zum Vergleich hinzufügen“, oder drücken Sie Strg+D auf einer Rolle.</translation>
    </message>
    <message>
        <source>add %1 to the comparison</source>
        <translation>%1 zum Vergleich hinzufügen</translation>
    </message>
    <message>
        <source>remove %1 from the comparison</source>
        <translation>%1 aus dem Vergleich entfernen</translation>
    </message>
    <message>
        <source>clear the comparison</source>
        <translation>Vergleich leeren</translation>
    </message>
    <message>
        <source>Cleared the comparison; %1 brings it back.</source>
        <translation>Vergleich geleert; %1 holt ihn zurück.</translation>
    </message>
    <message>
        <source>Restored the catalog&apos;s assumptions; %1 brings yours back.</source>
        <translation>Annahmen des Katalogs wiederhergestellt; %1 holt Ihre zurück.</translation>
    </message>
    <message>
        <source>Rows: a darker tint means the roles differ on it, a lighter one that they overlap, none that they are the same; &quot;apart&quot; names a role that shares nothing with the others.</source>
        <translation>Zeilen: Eine dunklere Tönung bedeutet, dass sich die Rollen darin unterscheiden, eine hellere, dass sie sich überschneiden, keine, dass sie gleich sind; „abseits“ nennt eine Rolle, die nichts mit den anderen teilt.</translation>
    </message>
    <message>
        <source>Comparison views</source>
        <translation>Vergleichsansichten</translation>
    </message>
    <message>
        <source>Add to the comparison</source>
        <translation>Zum Vergleich hinzufügen</translation>
    </message>
    <message>
        <source>Adds the role chosen in the list beside it to the comparison.</source>
        <translation>Fügt die in der Liste daneben gewählte Rolle dem Vergleich hinzu.</translation>
    </message>
    <message>
        <source>The roles not in the comparison yet; Add puts the chosen one in.</source>
        <translation>Die Rollen, die noch nicht im Vergleich sind; „Hinzufügen“ nimmt die gewählte auf.</translation>
    </message>
    <message>
        <source>Clear the comparison</source>
        <translation>Vergleich leeren</translation>
    </message>
    <message>
        <source>Removes every role from the comparison; Undo brings them back.</source>
        <translation>Entfernt alle Rollen aus dem Vergleich; „Rückgängig“ holt sie zurück.</translation>
    </message>
    <message>
        <source>One row for each dimension and one column for each role; a darker tint marks where the roles differ, a lighter one where they overlap.</source>
        <translation>Eine Zeile je Dimension und eine Spalte je Rolle; eine dunklere Tönung zeigt, wo sich die Rollen unterscheiden, eine hellere, wo sie sich überschneiden.</translation>
    </message>
    <message>
        <source>A tab for each compared role, with a chart of the metrics it is judged by.</source>
        <translation>Ein Tab je verglichener Rolle, mit einem Diagramm der Kennzahlen, an denen sie gemessen wird.</translation>
    </message>
    <message>
        <source>The roles side by side, their success metrics, each role&apos;s metrics and the results expected over time, a tab each.</source>
        <translation>Die Rollen nebeneinander, ihre Erfolgskennzahlen, die Kennzahlen jeder Rolle und die im Zeitverlauf erwarteten Ergebnisse, je auf einem eigenen Tab.</translation>
    </message>
    <message>
        <source>Takes the role out of the comparison; Undo puts it back.</source>
        <translation>Nimmt die Rolle aus dem Vergleich; „Rückgängig“ holt sie zurück.</translation>
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
    <name>rolelens::CsvExportCommands</name>
    <message>
        <source>Export comparison as &amp;CSV…</source>
        <translation>Vergleich als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export targets as &amp;CSV…</source>
        <translation>Ziele als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export profile as &amp;CSV…</source>
        <translation>Profil als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Nothing to export as CSV: no table is shown.</source>
        <translation>Nichts als CSV zu exportieren: Es wird keine Tabelle angezeigt.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n table(s)).</source>
        <translation>
            <numerusform>%1 gespeichert (%n Tabelle).</numerusform>
            <numerusform>%1 gespeichert (%n Tabellen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export self-check as &amp;CSV…</source>
        <translation>Selbsteinschätzung als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the tables on screen as a CSV file for a spreadsheet: the comparison&apos;s, the advice&apos;s realistic targets, the profile&apos;s or the self-check&apos;s</source>
        <translation>Die angezeigten Tabellen als CSV-Datei für eine Tabellenkalkulation speichern: die des Vergleichs, die realistischen Ziele der Empfehlungen, die des Profils oder die der Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
</context>
<context>
    <name>rolelens::DocumentBrowser</name>
    <message>
        <source>Open the profile of %1</source>
        <translation>Profil öffnen: %1</translation>
    </message>
</context>
<context>
    <name>rolelens::DocumentsDialog</name>
    <message>
        <source>Documents for the hire</source>
        <translation>Dokumente für die Einstellung</translation>
    </message>
    <message>
        <source>Documents for the hire: %1</source>
        <translation>Dokumente für die Einstellung: %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Das Dokument</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the document as formatted text and as plain text, to paste into an email or a job site</source>
        <translation>Das Dokument als formatierten und als reinen Text kopieren, um es in eine E-Mail oder bei einer Stellenbörse einzufügen</translation>
    </message>
    <message>
        <source>%1 copied as formatted and plain text.</source>
        <translation>%1 als formatierten und reinen Text kopiert.</translation>
    </message>
    <message>
        <source>Keep in the job post anyway</source>
        <translation>Trotzdem in der Stellenanzeige behalten</translation>
    </message>
    <message>
        <source>Work the advice gives to another role. Ticked, it stays in the job post, marked as kept at your request.</source>
        <translation>Arbeit, die die Empfehlungen einer anderen Rolle zuweisen. Angekreuzt bleibt sie in der Stellenanzeige, gekennzeichnet als auf Ihren Wunsch beibehalten.</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation>Behalten: %1</translation>
    </message>
    <message>
        <source>The documents for the hire; the chosen one shows beside the list.</source>
        <translation>Die Dokumente für die Einstellung; das gewählte steht neben der Liste.</translation>
    </message>
    <message>
        <source>The chosen document as it is exported, printed or copied.</source>
        <translation>Das gewählte Dokument, so wie es exportiert, gedruckt oder kopiert wird.</translation>
    </message>
    <message>
        <source>Closes the documents and goes back to the window.</source>
        <translation>Schließt die Dokumente und kehrt zum Fenster zurück.</translation>
    </message>
    <message>
        <source>Saves the chosen document as a PDF file.</source>
        <translation>Speichert das gewählte Dokument als PDF-Datei.</translation>
    </message>
    <message>
        <source>Shows the chosen document&apos;s pages as they would print.</source>
        <translation>Zeigt die Seiten des gewählten Dokuments so, wie sie gedruckt würden.</translation>
    </message>
</context>
<context>
    <name>rolelens::EditCommands</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Copied the selection.</source>
        <translation>Auswahl kopiert.</translation>
    </message>
    <message>
        <source>Nothing to copy: select some text first.</source>
        <translation>Nichts zu kopieren: Wählen Sie zuerst Text aus.</translation>
    </message>
    <message>
        <source>the advice</source>
        <translation>Die Empfehlungen</translation>
    </message>
    <message>
        <source>the comparison</source>
        <translation>Den Vergleich</translation>
    </message>
    <message>
        <source>the profile of the %1</source>
        <translation>Das Profil der Rolle „%1“</translation>
    </message>
    <message>
        <source>Copied %1 as formatted and plain text.</source>
        <translation>%1 als formatierten und reinen Text kopiert.</translation>
    </message>
    <message>
        <source>the self-check</source>
        <translation>die Selbsteinschätzung</translation>
    </message>
</context>
<context>
    <name>rolelens::ExpectedResultsPage</name>
    <message>
        <source>Expected results over time</source>
        <translation>Erwartete Ergebnisse im Zeitverlauf</translation>
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
        <source>The values each curve is drawn from, a row for each role; double-click a value to try your own.</source>
        <translation>Die Werte, aus denen jede Kurve gezeichnet wird, eine Zeile je Rolle; doppelklicken Sie auf einen Wert, um eigene Werte auszuprobieren.</translation>
    </message>
    <message>
        <source>Puts the catalog&apos;s values back for every role&apos;s curve.</source>
        <translation>Stellt für die Kurve jeder Rolle die Werte des Katalogs wieder her.</translation>
    </message>
</context>
<context>
    <name>rolelens::FileChangedBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Open the file again as the other program left it; changes not saved here are lost, after a question.</source>
        <translation>Die Datei so neu öffnen, wie das andere Programm sie hinterlassen hat; hier nicht gespeicherte Änderungen gehen nach einer Rückfrage verloren.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep the scenario as it is here; saving will ask before it overwrites the other program&apos;s changes.</source>
        <translation>Das Szenario so behalten, wie es hier ist; beim Speichern wird gefragt, bevor die Änderungen des anderen Programms überschrieben werden.</translation>
    </message>
    <message>
        <source>Another program changed %1 since it was opened or saved here.</source>
        <translation>Ein anderes Programm hat %1 geändert, seit die Datei hier geöffnet oder gespeichert wurde.</translation>
    </message>
</context>
<context>
    <name>rolelens::FileOpener</name>
    <message>
        <source>%1 is already part of this window&apos;s catalog.</source>
        <translation>%1 gehört bereits zum Katalog dieses Fensters.</translation>
    </message>
    <message>
        <source>not opened: the Advisor holds one scenario at a time, and %1 came first</source>
        <translation>nicht geöffnet: Der Ratgeber hält jeweils ein Szenario, und %1 kam zuerst</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Not everything could be opened:

%1</source>
        <translation>Nicht alles konnte geöffnet werden:

%1</translation>
    </message>
    <message>
        <source>A new window with the roles of %1 could not be started.</source>
        <translation>Ein neues Fenster mit den Rollen aus %1 konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Opening a new window with the roles of %1; this one stays as it is.</source>
        <translation>Ein neues Fenster mit den Rollen aus %1 wird geöffnet; dieses bleibt, wie es ist.</translation>
    </message>
</context>
<context>
    <name>rolelens::FindingsTree</name>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Was zu tun ist: %1</translation>
    </message>
    <message>
        <source>Findings show here once you say what you want from the hire.</source>
        <translation>Feststellungen erscheinen hier, sobald Sie angeben, was Sie von der neuen Fachkraft erwarten.</translation>
    </message>
    <message>
        <source>What to look out for in your expectations, each finding with its explanation, what to do instead and its sources.</source>
        <translation>Worauf Sie bei Ihren Erwartungen achten sollten: jede Feststellung mit ihrer Erklärung, was Sie stattdessen tun können, und ihren Quellen.</translation>
    </message>
</context>
<context>
    <name>rolelens::FirstRunHint</name>
    <message>
        <source>New here? Browse the roles, compare two to four side by side, or let the Advisor check what you expect from a hire: start with one of the examples.</source>
        <translation>Neu hier? Durchsuchen Sie die Rollen, vergleichen Sie zwei bis vier nebeneinander, oder lassen Sie den Ratgeber prüfen, was Sie von einer neuen Fachkraft erwarten: Beginnen Sie mit einem der Beispiele.</translation>
    </message>
    <message>
        <source>Open the &amp;Advisor with an example</source>
        <translation>Ratgeber mit einem Beispiel ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Close this hint</source>
        <translation>Diesen Hinweis schließen</translation>
    </message>
    <message>
        <source>Shows the advisor with an example scenario and hides this hint for good.</source>
        <translation>Zeigt den Ratgeber mit einem Beispielszenario und blendet diesen Hinweis dauerhaft aus.</translation>
    </message>
    <message>
        <source>Hides this hint for good; the examples stay in the File menu.</source>
        <translation>Blendet diesen Hinweis dauerhaft aus; die Beispiele bleiben im Menü „Datei“.</translation>
    </message>
</context>
<context>
    <name>rolelens::HelpMenu</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>&amp;Was ist das?</translation>
    </message>
    <message>
        <source>Click a question of the Advisor to read what it is for and how the advice uses your answer</source>
        <translation>Klicken Sie auf eine Frage des Ratgebers, um zu lesen, wozu sie dient und wie die Empfehlungen Ihre Antwort nutzen</translation>
    </message>
    <message>
        <source>&amp;About RoleLens</source>
        <translation>&amp;Über RoleLens</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>rolelens::HistoryBar</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the role shown before (Alt+Left)</source>
        <translation>Zurück zur zuvor gezeigten Rolle (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Forward to the role shown after (Alt+Right)</source>
        <translation>Vorwärts zur danach gezeigten Rolle (Alt+Rechts)</translation>
    </message>
</context>
<context>
    <name>rolelens::MainWindow</name>
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
        <translation>Die ausgewählte Rolle zum Vergleich hinzufügen (Strg+D)</translation>
    </message>
    <message>
        <source>C&amp;lear comparison</source>
        <translation>Vergleich &amp;leeren</translation>
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
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
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
        <source>&amp;Advisor</source>
        <translation>Ra&amp;tgeber</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Neues Szenario</translation>
    </message>
    <message>
        <source>Start a new hiring scenario in the advisor</source>
        <translation>Ein neues Einstellungsszenario im Ratgeber beginnen</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>Szenario ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save scenario</source>
        <translation>Szenario &amp;speichern</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>Szenario speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Open &amp;example</source>
        <translation>Beispie&amp;l öffnen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>%1[*] — RoleLens</source>
        <translation>%1[*] — RoleLens</translation>
    </message>
    <message>
        <source>RoleLens</source>
        <translation>RoleLens</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Open an example scenario in the advisor</source>
        <translation>Ein Beispielszenario im Ratgeber öffnen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selection, or else the profile, comparison or advice on screen, as text</source>
        <translation>Die Auswahl als Text kopieren, ohne Auswahl das angezeigte Profil, den Vergleich oder die Empfehlungen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Documents for the hire…</source>
        <translation>Do&amp;kumente für die Einstellung…</translation>
    </message>
    <message>
        <source>%1: for the Advisor&apos;s scenario or the role on screen, to read, export, print or copy</source>
        <translation>%1: für das Szenario des Ratgebers oder die angezeigte Rolle, zum Lesen, Exportieren, Drucken oder Kopieren</translation>
    </message>
    <message>
        <source>Agreement version %1 recorded in the scenario: save it, and the next agreement lists what changed since.</source>
        <translation>Version %1 der Vereinbarung im Szenario festgehalten: Speichern Sie das Szenario, dann nennt die nächste Vereinbarung, was sich seitdem geändert hat.</translation>
    </message>
    <message>
        <source>The catalog could not be read in this language; the window stays as it is.

%1</source>
        <translation>Der Katalog konnte in dieser Sprache nicht gelesen werden; das Fenster bleibt, wie es ist.

%1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 gespeichert (%n Seite).</numerusform>
            <numerusform>%1 gespeichert (%n Seiten).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Search the roles by name, skill or metric, in Browse roles</source>
        <translation>Die Rollen nach Name, Fähigkeit oder Kennzahl durchsuchen, unter „Rollen durchsuchen“</translation>
    </message>
    <message>
        <source>Open a saved hiring scenario in the advisor</source>
        <translation>Ein gespeichertes Einstellungsszenario im Ratgeber öffnen</translation>
    </message>
    <message>
        <source>Save the advisor&apos;s scenario in its file</source>
        <translation>Das Szenario des Ratgebers in seiner Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Reopen the last one at start</source>
        <translation>Beim &amp;Start das letzte wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Self-check</source>
        <translation>Selbst&amp;einschätzung</translation>
    </message>
    <message>
        <source>Role &amp;map</source>
        <translation>Rollen&amp;karte</translation>
    </message>
    <message>
        <source>Browse roles, compare two to four of them side by side, ask the advisor about a hire, check which role fits you, or see how the roles relate on a map: a tab each.</source>
        <translation>Rollen durchsuchen, zwei bis vier nebeneinander vergleichen, den Ratgeber zu einer Einstellung befragen, prüfen, welche Rolle zu Ihnen passt, oder auf einer Karte sehen, wie die Rollen zusammenhängen: jeweils auf einer eigenen Registerkarte.</translation>
    </message>
    <message>
        <source>Save what is on screen as a PDF sheet: the comparison, the role&apos;s profile, the expectations agreement or the role map</source>
        <translation>Das Angezeigte als PDF-Blatt speichern: den Vergleich, das Profil der Rolle, die Erwartungsvereinbarung oder die Rollenkarte</translation>
    </message>
</context>
<context>
    <name>rolelens::MapExportCommands</name>
    <message>
        <source>Export map as SV&amp;G…</source>
        <translation>Karte als SV&amp;G exportieren…</translation>
    </message>
    <message>
        <source>Export map as PD&amp;F…</source>
        <translation>Karte als PD&amp;F exportieren…</translation>
    </message>
    <message>
        <source>Save the role map as an SVG drawing, to edit or put in a page</source>
        <translation>Die Rollenkarte als SVG-Zeichnung speichern, zum Bearbeiten oder Einfügen in eine Seite</translation>
    </message>
    <message>
        <source>Save the role map as a one-page PDF</source>
        <translation>Die Rollenkarte als einseitiges PDF speichern</translation>
    </message>
    <message>
        <source>Export map as SVG</source>
        <translation>Karte als SVG exportieren</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Export map as PDF</source>
        <translation>Karte als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>rolelens::MapScene</name>
    <message>
        <source>The catalog has %1 roles, too many to draw as a readable map; the map draws catalogs of up to %2 roles. Browse and Compare show every role.</source>
        <translation>Der Katalog hat %1 Rollen, zu viele für eine lesbare Karte; die Karte zeichnet Kataloge mit bis zu %2 Rollen. „Rollen durchsuchen“ und „Rollen vergleichen“ zeigen alle Rollen.</translation>
    </message>
</context>
<context>
    <name>rolelens::NoMatchPage</name>
    <message>
        <source>Show all roles</source>
        <translation>Alle Rollen zeigen</translation>
    </message>
    <message>
        <source>No role in this category matches “%1”; roles in other categories do.</source>
        <translation>Keine Rolle dieser Kategorie passt zu „%1“; Rollen anderer Kategorien schon.</translation>
    </message>
    <message>
        <source>No role in this category.</source>
        <translation>Keine Rolle in dieser Kategorie.</translation>
    </message>
    <message>
        <source>No role matches “%1”.</source>
        <translation>Keine Rolle passt zu „%1“.</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>Search for “%1” instead</source>
        <translation>Stattdessen nach „%1“ suchen</translation>
    </message>
    <message>
        <source>Show all categories</source>
        <translation>Alle Kategorien zeigen</translation>
    </message>
    <message>
        <source>Keep the search, in every category</source>
        <translation>Die Suche behalten, in allen Kategorien</translation>
    </message>
    <message>
        <source>Clear the search and the category (Esc clears the search)</source>
        <translation>Suche und Kategorie zurücksetzen (Esc leert die Suche)</translation>
    </message>
</context>
<context>
    <name>rolelens::OwnFigureDelegate</name>
    <message>
        <source>Your own figure for this measure</source>
        <translation>Ihr eigener Wert für diesen Maßstab</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>A figure of your own for the measure, shown beside the published benchmarks and saved with the scenario; &quot;not set&quot; removes it.</source>
        <translation>Ein eigener Wert für diesen Maßstab, neben den veröffentlichten Vergleichswerten angezeigt und mit dem Szenario gespeichert; „nicht festgelegt“ entfernt ihn.</translation>
    </message>
</context>
<context>
    <name>rolelens::PlanTree</name>
    <message>
        <source>Hiring plan</source>
        <translation>Einstellungsplan</translation>
    </message>
    <message>
        <source>Tick what you want from the hire, or what the hire will do.</source>
        <translation>Kreuzen Sie an, was Sie von der neuen Fachkraft erwarten oder was sie tun wird.</translation>
    </message>
    <message>
        <source>No role in the catalog covers: %1.</source>
        <translation>Von keiner Rolle im Katalog abgedeckt: %1.</translation>
    </message>
    <message>
        <source>Who does what you listed: the role to hire, and the work that belongs to other roles or to no role, each with its reasons and sources.</source>
        <translation>Wer erledigt, was Sie angegeben haben: die einzustellende Rolle und die Arbeit, die zu anderen oder zu keiner Rolle gehört, jeweils mit Begründung und Quellen.</translation>
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
        <source>What the role is for, how it is judged and what it does not do, with the sources of each statement.</source>
        <translation>Wofür die Rolle da ist, woran sie gemessen wird und was sie nicht tut, mit den Quellen jeder Aussage.</translation>
    </message>
</context>
<context>
    <name>rolelens::RecommendationList</name>
    <message>
        <source>Roles that fit</source>
        <translation>Passende Rollen</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Column titles: a role, and how well it fits the owner&apos;s goals and tasks (a percentage).</extracomment>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Eignung</translation>
    </message>
    <message>
        <source>Tick what you want from the hire, or what the hire will do.</source>
        <translation>Kreuzen Sie an, was Sie von der neuen Fachkraft erwarten oder was sie tun wird.</translation>
    </message>
    <message>
        <source>The findings and targets are about this role.</source>
        <translation>Die Feststellungen und Ziele beziehen sich auf diese Rolle.</translation>
    </message>
    <message>
        <source>Fit, from 0 to 100 %: four fifths for how much of what you listed the role covers (what only general practice, not an article, says it covers counts half), one fifth for how much of what the role is mainly judged by your goals ask for.</source>
        <translation>Eignung, von 0 bis 100 %: vier Fünftel dafür, wie viel Ihrer Angaben die Rolle abdeckt (was nur die allgemeine Praxis, kein Artikel, ihr zuschreibt, zählt halb), ein Fünftel dafür, wie viel dessen, woran die Rolle vorrangig gemessen wird, Ihre Ziele verlangen.</translation>
    </message>
    <message numerus="yes">
        <source>%n more role(s) cover part of this; tick more goals and tasks to narrow it down.</source>
        <translation>
            <numerusform>%n weitere Rolle deckt einen Teil davon ab; kreuzen Sie mehr Ziele und Tätigkeiten an, um die Auswahl einzugrenzen.</numerusform>
            <numerusform>%n weitere Rollen decken einen Teil davon ab; kreuzen Sie mehr Ziele und Tätigkeiten an, um die Auswahl einzugrenzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every role ranked by how well it fits your goals and tasks, with its fit from 0 to 100 %.</source>
        <translation>Alle Rollen, geordnet danach, wie gut sie zu Ihren Zielen und Tätigkeiten passen, mit ihrer Eignung von 0 bis 100 %.</translation>
    </message>
</context>
<context>
    <name>rolelens::RoleListModel</name>
    <message>
        <source>Also called: %1</source>
        <translation>Auch bekannt als: %1</translation>
    </message>
</context>
<context>
    <name>rolelens::RoleMapView</name>
    <message>
        <source>Role map</source>
        <translation>Rollenkarte</translation>
    </message>
    <message>
        <source>Role map: Enter opens the profile; Tab and the arrow keys move to another role.</source>
        <translation>Rollenkarte: Die Eingabetaste öffnet das Profil; Tab und die Pfeiltasten wechseln zu einer anderen Rolle.</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Make the map smaller (Ctrl+-, or Ctrl+wheel)</source>
        <translation>Die Karte verkleinern (Strg+- oder Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Make the map larger (Ctrl++, or Ctrl+wheel)</source>
        <translation>Die Karte vergrößern (Strg++ oder Strg+Mausrad)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+0)</source>
        <translation>Die ganze Karte zeigen (Strg+0)</translation>
    </message>
    <message>
        <source>The catalog&apos;s roles and how they relate: who supervises whom, who does the work a role does not, and where the articles disagree. Tab moves from role to role; Enter opens its profile.</source>
        <translation>Die Rollen des Katalogs und wie sie zusammenhängen: wer wem vorgesetzt ist, wer die Arbeit übernimmt, die eine Rolle nicht macht, und worin sich die Artikel uneinig sind. Tab wechselt von Rolle zu Rolle; die Eingabetaste öffnet ihr Profil.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>rolelens::ScenarioEditCommand</name>
    <message>
        <source>change business name</source>
        <translation>Name des Unternehmens ändern</translation>
    </message>
    <message>
        <source>change business size</source>
        <translation>Unternehmensgröße ändern</translation>
    </message>
    <message>
        <source>change the role considered</source>
        <translation>betrachtete Rolle ändern</translation>
    </message>
    <message>
        <source>change what you want from the hire</source>
        <translation>Erwartungen an die neue Fachkraft ändern</translation>
    </message>
    <message>
        <source>change what the hire will do</source>
        <translation>Tätigkeiten der neuen Fachkraft ändern</translation>
    </message>
    <message>
        <source>change the roles one hire covers</source>
        <translation>von einer Person abgedeckte Rollen ändern</translation>
    </message>
    <message>
        <source>change the follower expectation</source>
        <translation>Follower-Erwartung ändern</translation>
    </message>
    <message>
        <source>change followers now</source>
        <translation>aktuelle Follower ändern</translation>
    </message>
    <message>
        <source>change followers expected</source>
        <translation>erwartete Follower ändern</translation>
    </message>
    <message>
        <source>change weeks to get there</source>
        <translation>Zeitraum in Wochen ändern</translation>
    </message>
    <message>
        <source>change how the hire is judged</source>
        <translation>Maßstäbe für die neue Fachkraft ändern</translation>
    </message>
    <message>
        <source>change currency</source>
        <translation>Währung ändern</translation>
    </message>
    <message>
        <source>change salary</source>
        <translation>Gehalt ändern</translation>
    </message>
    <message>
        <source>change ad spend</source>
        <translation>Werbebudget ändern</translation>
    </message>
    <message>
        <source>change growth assumption</source>
        <translation>Wachstumsannahme ändern</translation>
    </message>
    <message>
        <source>reset growth assumption</source>
        <translation>Wachstumsannahme zurücksetzen</translation>
    </message>
    <message>
        <source>change your figure for %1</source>
        <translation>Ihren Wert für %1 ändern</translation>
    </message>
    <message>
        <source>record the agreement issued</source>
        <translation>ausgestellte Vereinbarung festhalten</translation>
    </message>
    <message>
        <source>change what the job post keeps</source>
        <translation>ändern, was die Stellenanzeige behält</translation>
    </message>
</context>
<context>
    <name>rolelens::ScenarioForm</name>
    <message>
        <source>Monthly salary</source>
        <translation>Monatsgehalt</translation>
    </message>
    <message>
        <source>Monthly ad spend</source>
        <translation>Werbebudget pro Monat</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <source>e.g. Corner Bakery</source>
        <translation>z. B. Bäckerei am Eck</translation>
    </message>
    <message>
        <source>Business size</source>
        <translation>Unternehmensgröße</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <source>The role you are considering</source>
        <translation>Die Rolle, die Sie in Betracht ziehen</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Undecided? The advisor judges the best-fitting role.</source>
        <translation>Noch unentschieden? Der Ratgeber bewertet die am besten passende Rolle.</translation>
    </message>
    <message>
        <source>What you want from the hire</source>
        <translation>Was Sie von der neuen Fachkraft erwarten</translation>
    </message>
    <message>
        <source>What do you want from the hire?</source>
        <translation>Was erwarten Sie von der neuen Fachkraft?</translation>
    </message>
    <message>
        <source>What the hire will do</source>
        <translation>Was die neue Fachkraft tun wird</translation>
    </message>
    <message>
        <source>What will the hire do?</source>
        <translation>Was wird die neue Fachkraft tun?</translation>
    </message>
    <message>
        <source>Roles one person should cover</source>
        <translation>Rollen, die eine Person abdecken soll</translation>
    </message>
    <message>
        <source>Should one person cover several roles?</source>
        <translation>Soll eine Person mehrere Rollen abdecken?</translation>
    </message>
    <message>
        <source>Tick every role you expect this one hire to fill.</source>
        <translation>Kreuzen Sie jede Rolle an, die diese eine Fachkraft ausfüllen soll.</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Tick if you expect a number of followers by a date.</source>
        <translation>Kreuzen Sie dies an, wenn Sie bis zu einem Termin eine bestimmte Zahl von Followern erwarten.</translation>
    </message>
    <message>
        <source>Followers now</source>
        <translation>Follower jetzt</translation>
    </message>
    <message>
        <source>Followers you expect</source>
        <translation>Erwartete Follower</translation>
    </message>
    <message>
        <source>Weeks to get there</source>
        <translation>Wochen bis dahin</translation>
    </message>
    <message>
        <source>Followers &amp;now:</source>
        <translation>Follower &amp;jetzt:</translation>
    </message>
    <message>
        <source>Followers you &amp;expect:</source>
        <translation>&amp;Erwartete Follower:</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>&amp;Innerhalb von:</translation>
    </message>
    <message>
        <source>How you will judge the hire</source>
        <translation>Woran Sie die neue Fachkraft messen werden</translation>
    </message>
    <message>
        <source>How will you judge the hire?</source>
        <translation>Woran werden Sie die neue Fachkraft messen?</translation>
    </message>
    <message>
        <source>Tick the measures in the order that matters to you.</source>
        <translation>Kreuzen Sie die Maßstäbe in der Reihenfolge an, die Ihnen wichtig ist.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>z. B. EUR</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Monthly &amp;salary:</source>
        <translation>&amp;Monatsgehalt:</translation>
    </message>
    <message>
        <source>Monthly &amp;ad spend:</source>
        <translation>Werbebudget &amp;pro Monat:</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Leave an amount at &quot;not set&quot; if you have not decided.</source>
        <translation>Lassen Sie einen Betrag auf „nicht festgelegt“, wenn Sie sich noch nicht entschieden haben.</translation>
    </message>
    <message>
        <source> % a month</source>
        <translation> % pro Monat</translation>
    </message>
    <message>
        <source>Assumed audience growth per month, low</source>
        <translation>Angenommenes Publikumswachstum pro Monat, Untergrenze</translation>
    </message>
    <message>
        <source>Assumed audience growth per month, high</source>
        <translation>Angenommenes Publikumswachstum pro Monat, Obergrenze</translation>
    </message>
    <message>
        <source>Back to the catalog&apos;s assumption for this role</source>
        <translation>Zurück zur Annahme des Katalogs für diese Rolle</translation>
    </message>
    <message>
        <source>&amp;Low:</source>
        <translation>&amp;Untergrenze:</translation>
    </message>
    <message>
        <source>&amp;High:</source>
        <translation>&amp;Obergrenze:</translation>
    </message>
    <message>
        <source>Assumption: audience growth per month</source>
        <translation>Annahme: Publikumswachstum pro Monat</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>An assumption, not a measurement. Pick a role, or goals and tasks, to see it.</source>
        <translation>Eine Annahme, keine Messung. Wählen Sie eine Rolle oder Ziele und Tätigkeiten, um sie zu sehen.</translation>
    </message>
    <message>
        <source>An assumption, not a measurement. The catalog has no growth figure for the %1.</source>
        <translation>Eine Annahme, keine Messung. Der Katalog hat keine Wachstumszahl für die Rolle „%1“.</translation>
    </message>
    <message>
        <source>An assumption, not a measurement: your own figures for how fast the %1 grows an audience (the catalog assumes %2 a month).</source>
        <translation>Eine Annahme, keine Messung: Ihre eigenen Werte dafür, wie schnell die Rolle „%1“ ein Publikum wachsen lässt (der Katalog nimmt %2 pro Monat an).</translation>
    </message>
    <message>
        <source>An assumption, not a measurement: how fast the %1 might grow an audience, chosen for illustration. The articles give no figures; change them if you know better.</source>
        <translation>Eine Annahme, keine Messung: wie schnell die Rolle „%1“ ein Publikum wachsen lassen könnte, zur Veranschaulichung gewählt. Die Artikel nennen keine Zahlen; ändern Sie die Werte, wenn Sie es besser wissen.</translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> Woche</numerusform>
            <numerusform> Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Your business&apos;s name, as the documents for the hire write it.</source>
        <translation>Der Name Ihres Unternehmens, wie ihn die Dokumente für die Einstellung verwenden.</translation>
    </message>
    <message>
        <source>How many people your business has, from the owner alone to over 250.</source>
        <translation>Wie viele Personen Ihr Unternehmen hat, vom Inhaber allein bis über 250.</translation>
    </message>
    <message>
        <source>The role you mean to hire; with &quot;Not decided&quot;, the advisor judges the role that fits best.</source>
        <translation>Die Rolle, die Sie besetzen möchten; bei „Noch offen“ bewertet der Ratgeber die am besten passende Rolle.</translation>
    </message>
    <message>
        <source>Tick each goal you have for the hire: the roles are ranked by how they serve your goals and tasks.</source>
        <translation>Kreuzen Sie jedes Ziel an, das Sie mit der Einstellung verfolgen: Die Rollen werden danach geordnet, wie gut sie Ihren Zielen und Tätigkeiten dienen.</translation>
    </message>
    <message>
        <source>Tick each task you expect of the hire; the plan says which belong to the role and which to others.</source>
        <translation>Kreuzen Sie jede Tätigkeit an, die Sie von der neuen Fachkraft erwarten; der Plan zeigt, welche zur Rolle gehören und welche zu anderen.</translation>
    </message>
    <message>
        <source>How many followers you have today.</source>
        <translation>Wie viele Follower Sie heute haben.</translation>
    </message>
    <message>
        <source>How many followers you expect the hire to bring you to.</source>
        <translation>Auf wie viele Follower die neue Fachkraft Sie nach Ihrer Erwartung bringen soll.</translation>
    </message>
    <message>
        <source>How many weeks you give the hire to reach that number.</source>
        <translation>Wie viele Wochen Sie der neuen Fachkraft geben, um diese Zahl zu erreichen.</translation>
    </message>
    <message>
        <source>Tick the measures you will judge the hire by, in the order that matters to you.</source>
        <translation>Kreuzen Sie die Maßstäbe, an denen Sie die neue Fachkraft messen werden, in der Reihenfolge an, die Ihnen wichtig ist.</translation>
    </message>
    <message>
        <source>The three-letter code of your budget&apos;s currency, such as EUR.</source>
        <translation>Der dreibuchstabige Code der Währung Ihres Budgets, etwa EUR.</translation>
    </message>
    <message>
        <source>What you mean to pay the hire each month; &quot;not set&quot; if undecided.</source>
        <translation>Was Sie der neuen Fachkraft monatlich zahlen möchten; „nicht festgelegt“, wenn noch offen.</translation>
    </message>
    <message>
        <source>What you mean to spend on advertising each month; &quot;not set&quot; if undecided.</source>
        <translation>Was Sie monatlich für Werbung ausgeben möchten; „nicht festgelegt“, wenn noch offen.</translation>
    </message>
    <message>
        <source>The low end of the monthly growth the follower chart assumes for the role; change it to try your own.</source>
        <translation>Die Untergrenze des monatlichen Wachstums, das das Follower-Diagramm für die Rolle annimmt; ändern Sie sie, um eigene Werte auszuprobieren.</translation>
    </message>
    <message>
        <source>The high end of the monthly growth the follower chart assumes for the role; change it to try your own.</source>
        <translation>Die Obergrenze des monatlichen Wachstums, das das Follower-Diagramm für die Rolle annimmt; ändern Sie sie, um eigene Werte auszuprobieren.</translation>
    </message>
    <message>
        <source>Reset the audience growth</source>
        <translation>Publikumswachstum zurücksetzen</translation>
    </message>
</context>
<context>
    <name>rolelens::ScenarioFormWhatsThis</name>
    <message>
        <source>Your business&apos;s name. The advice does not depend on it: the hiring documents show it under their title, and the agreement and the scope of work name it where you sign.</source>
        <translation>Der Name Ihres Unternehmens. Die Empfehlungen hängen nicht davon ab: Die Dokumente für die Einstellung zeigen ihn unter ihrem Titel, und die Vereinbarung und die Leistungsbeschreibung nennen ihn dort, wo Sie unterschreiben.</translation>
    </message>
    <message>
        <source>How large your business is. When a solo or small business wants one person to fill two roles that an article says one person may combine, the advice gives a note instead of a warning.</source>
        <translation>Wie groß Ihr Unternehmen ist. Will ein Ein-Personen- oder Kleinunternehmen eine Person zwei Rollen ausfüllen lassen, die laut einem Artikel eine Person vereinen kann, geben die Empfehlungen einen Hinweis statt einer Warnung.</translation>
    </message>
    <message>
        <source>The role you have in mind. The findings, the targets and the hiring documents are about it, even where the plan would hire another role. Not decided: they are about the best-fitting role, the plan&apos;s hire.</source>
        <translation>Die Rolle, an die Sie denken. Die Feststellungen, die Ziele und die Dokumente für die Einstellung beziehen sich auf sie, auch wenn der Plan eine andere Rolle einstellen würde. Noch offen: Sie beziehen sich auf die am besten passende Rolle, die der Plan einstellt.</translation>
    </message>
    <message>
        <source>What the hire should bring about. The advisor ranks the roles by how much of your goals and tasks each covers, and warns where the role you consider does not serve a goal, or works on another time scale (right away, over months).</source>
        <translation>Was die neue Fachkraft bewirken soll. Der Ratgeber ordnet die Rollen danach, wie viel Ihrer Ziele und Tätigkeiten jede abdeckt, und warnt, wo die Rolle, die Sie in Betracht ziehen, einem Ziel nicht dient oder in einem anderen Zeitrahmen wirkt (sofort, über Monate).</translation>
    </message>
    <message>
        <source>The work you expect of the hire. A task outside the role&apos;s responsibilities is pointed out with the role that does it, and the plan gives it to that role, for a campaign or to contract out.</source>
        <translation>Die Arbeit, die Sie von der neuen Fachkraft erwarten. Eine Tätigkeit außerhalb der Zuständigkeiten der Rolle wird mit der Rolle genannt, die sie übernimmt, und der Plan gibt sie dieser Rolle, für eine Kampagne oder als Auftrag nach außen.</translation>
    </message>
    <message>
        <source>Tick two or more roles if one person is to fill them all. The advice says what the articles say about combining them and, with a salary set, what it comes to for each role.</source>
        <translation>Kreuzen Sie zwei oder mehr Rollen an, wenn eine Person sie alle ausfüllen soll. Die Empfehlungen sagen, was die Artikel über ihre Verbindung sagen, und bei angegebenem Gehalt, was davon auf jede Rolle entfällt.</translation>
    </message>
    <message>
        <source>Tick it if you expect a number of followers by a date. The advisor works out the growth a month this needs, draws it on the follower chart against the growth assumed for the role, and warns when it is beyond it.</source>
        <translation>Kreuzen Sie dies an, wenn Sie bis zu einem Zeitpunkt eine bestimmte Zahl von Followern erwarten. Der Ratgeber berechnet das nötige monatliche Wachstum, zeichnet es im Follower-Diagramm dem für die Rolle angenommenen Wachstum gegenüber und warnt, wenn es darüber liegt.</translation>
    </message>
    <message>
        <source>How many followers the account has now: where the curve starts. From no followers, no monthly rate gets anywhere, and the advice says what to judge a new account by instead.</source>
        <translation>Wie viele Follower das Konto jetzt hat: Hier beginnt die Kurve. Ohne Follower führt keine monatliche Rate irgendwohin, und die Empfehlungen sagen, woran ein neues Konto stattdessen zu messen ist.</translation>
    </message>
    <message>
        <source>How many followers you expect by the end of the weeks below. The advisor sets the growth this needs against the range assumed for the role.</source>
        <translation>Wie viele Follower Sie am Ende der unten angegebenen Wochen erwarten. Der Ratgeber stellt das dafür nötige Wachstum der für die Rolle angenommenen Spanne gegenüber.</translation>
    </message>
    <message>
        <source>How many weeks you give it. Fewer weeks need faster growth; where it is too fast, the advice says how many followers to expect after those weeks.</source>
        <translation>Wie viele Wochen Sie dafür geben. Weniger Wochen erfordern schnelleres Wachstum; ist es zu schnell, sagen die Empfehlungen, wie viele Follower nach diesen Wochen zu erwarten sind.</translation>
    </message>
    <message>
        <source>The measures you mean to judge the hire by, the one that matters most first. Judging mainly by follower count a role whose main measures are others brings a warning that names them.</source>
        <translation>Die Maßstäbe, an denen Sie die neue Fachkraft messen wollen, der wichtigste zuerst. Wird eine Rolle, deren wichtigste Maßstäbe andere sind, vor allem an der Followerzahl gemessen, folgt eine Warnung, die diese Maßstäbe nennt.</translation>
    </message>
    <message>
        <source>Your currency&apos;s three-letter code (EUR, USD…), written beside the salary where the advice divides it between roles.</source>
        <translation>Der dreibuchstabige Code Ihrer Währung (EUR, USD …), der neben dem Gehalt steht, wo die Empfehlungen es auf Rollen aufteilen.</translation>
    </message>
    <message>
        <source>What you mean to pay the hire a month. Where one person is to fill several roles, the advice says what it comes to for each; &quot;not set&quot; leaves it out.</source>
        <translation>Was Sie der neuen Fachkraft im Monat zahlen wollen. Soll eine Person mehrere Rollen ausfüllen, sagen die Empfehlungen, was davon auf jede entfällt; „nicht festgelegt“ lässt es weg.</translation>
    </message>
    <message>
        <source>What you mean to spend a month on paid advertising, on top of the salary. Goals or tasks that need paid campaigns bring a warning while there is no ad spend.</source>
        <translation>Was Sie im Monat zusätzlich zum Gehalt für bezahlte Werbung ausgeben wollen. Ziele oder Tätigkeiten, die bezahlte Kampagnen brauchen, führen zu einer Warnung, solange es kein Werbebudget gibt.</translation>
    </message>
    <message>
        <source>How fast the role the advice is about grows an audience, a month: an assumption, not a measurement. The follower check, the chart and the audience-growth target use the figures shown; Reset brings back the catalog&apos;s.</source>
        <translation>Wie schnell die Rolle, um die es in den Empfehlungen geht, ein Publikum aufbaut, pro Monat: eine Annahme, keine Messung. Die Follower-Prüfung, das Diagramm und das Ziel für das Publikumswachstum verwenden die angezeigten Werte; Zurücksetzen stellt die des Katalogs wieder her.</translation>
    </message>
</context>
<context>
    <name>rolelens::ScenarioSession</name>
    <message>
        <source>RoleLens scenarios (*.rolelens.json)</source>
        <translation>RoleLens-Szenarien (*.rolelens.json)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1 (example)</source>
        <translation>%1 (Beispiel)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>Das Szenario „%1“ enthält ungespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>New scenario.</source>
        <translation>Neues Szenario.</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>%1 could not be opened:

%2</source>
        <translation>%1 konnte nicht geöffnet werden:

%2</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Open example</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>Opened the example &quot;%1&quot;.</source>
        <translation>Beispiel „%1“ geöffnet.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>szenario</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Szenario speichern unter</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Automatisches Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>an untitled scenario</source>
        <translation>einem unbenannten Szenario</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>RoleLens did not close properly, and the changes to %1 were not saved. Recover them?</source>
        <translation>RoleLens wurde nicht ordnungsgemäß beendet, und die Änderungen an %1 wurden nicht gespeichert. Möchten Sie sie wiederherstellen?</translation>
    </message>
    <message>
        <source>The autosaved scenario could not be read:

%1</source>
        <translation>Das automatisch gespeicherte Szenario konnte nicht gelesen werden:

%1</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to %1.</source>
        <translation>Die ungespeicherten Änderungen an %1 wurden wiederhergestellt.</translation>
    </message>
    <message>
        <source>Reload scenario</source>
        <translation>Szenario neu laden</translation>
    </message>
    <message>
        <source>%1 could not be reloaded; the scenario stays as it is:

%2</source>
        <translation>%1 konnte nicht neu geladen werden; das Szenario bleibt, wie es ist:

%2</translation>
    </message>
    <message>
        <source>Reload %1 as the other program left it, and lose the changes not saved here?</source>
        <translation>%1 so neu laden, wie das andere Programm die Datei hinterlassen hat, und die hier nicht gespeicherten Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Reloaded %1.</source>
        <translation>%1 neu geladen.</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened or last saved here. Overwrite it with this version, and lose those changes?</source>
        <translation>%1 wurde von einem anderen Programm geändert, seit die Datei hier geöffnet oder zuletzt gespeichert wurde. Mit dieser Fassung überschreiben und jene Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Not saved: %1 keeps the other program&apos;s changes.</source>
        <translation>Nicht gespeichert: %1 behält die Änderungen des anderen Programms.</translation>
    </message>
</context>
<context>
    <name>rolelens::SelfCheckForm</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Some</source>
        <translation>Etwas</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Your skills</source>
        <translation>Ihre Fähigkeiten</translation>
    </message>
    <message>
        <source>Rate each skill the roles&apos; articles list: none, some or strong.</source>
        <translation>Bewerten Sie jede Fähigkeit, die die Artikel der Rollen nennen: keine, etwas oder stark.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Work you prefer</source>
        <translation>Bevorzugte Arbeit</translation>
    </message>
    <message>
        <source>For each choice, the kind of work you would rather do, if you have a preference.</source>
        <translation>Wählen Sie jeweils die Art von Arbeit, die Sie lieber tun, falls Sie eine Vorliebe haben.</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Keine Vorliebe</translation>
    </message>
    <message>
        <source>An answer to: %1</source>
        <translation>Eine Antwort auf: %1</translation>
    </message>
</context>
<context>
    <name>rolelens::SelfCheckView</name>
    <message>
        <source>C&amp;lear answers</source>
        <translation>Antworten &amp;löschen</translation>
    </message>
    <message>
        <source>Set every skill back to none and every choice to no preference.</source>
        <translation>Alle Fähigkeiten auf „Keine“ und alle Entscheidungen auf „Keine Vorliebe“ zurücksetzen.</translation>
    </message>
    <message>
        <source>Save the result as a PDF, Markdown or HTML file.</source>
        <translation>Das Ergebnis als PDF-, Markdown- oder HTML-Datei speichern.</translation>
    </message>
    <message>
        <source>Self-check questions</source>
        <translation>Fragen der Selbsteinschätzung</translation>
    </message>
    <message>
        <source>The skills the catalog&apos;s roles list, to rate, and the kinds of work to choose between.</source>
        <translation>Die Fähigkeiten, die die Rollen des Katalogs nennen, zum Bewerten und die Arten von Arbeit zur Auswahl.</translation>
    </message>
    <message>
        <source>Self-check result</source>
        <translation>Ergebnis der Selbsteinschätzung</translation>
    </message>
    <message>
        <source>The roles ranked by overlap with your answers, with the skills to learn and the sources of each.</source>
        <translation>Die Rollen, geordnet nach Übereinstimmung mit Ihren Antworten, mit den noch zu lernenden Fähigkeiten und den Quellen jeder Angabe.</translation>
    </message>
    <message>
        <source>Save res&amp;ult as…</source>
        <translation>Ergebnis speichern &amp;unter…</translation>
    </message>
</context>
<context>
    <name>rolelens::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkombination</translation>
    </message>
    <message>
        <source>Elsewhere in the window</source>
        <translation>Anderswo im Fenster</translation>
    </message>
    <message>
        <source>Tab moves from part to part of a view, and the arrow keys move within a list, a table or a text. The user guide (%1) says more about the keys of each view.</source>
        <translation>Tab wechselt von Bereich zu Bereich einer Ansicht, und die Pfeiltasten bewegen sich innerhalb einer Liste, einer Tabelle oder eines Textes. Das Benutzerhandbuch (%1) sagt mehr über die Tasten jeder Ansicht.</translation>
    </message>
</context>
<context>
    <name>rolelens::TargetsTable</name>
    <message>
        <source>Realistic targets</source>
        <translation>Realistische Ziele</translation>
    </message>
    <message>
        <source>Measure</source>
        <extracomment>Column title: the metric a target is for.</extracomment>
        <translation>Maßstab</translation>
    </message>
    <message>
        <source>Your target</source>
        <extracomment>Column title: what a target&apos;s range rests on (a source, an assumption, a benchmark).</extracomment>
        <translation>Ihr Ziel</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Agree a baseline</source>
        <translation>Basiswert vereinbaren</translation>
    </message>
    <message>
        <source>Double-click to enter your own figure for this measure; it is shown beside the published benchmarks and saved with the scenario. &quot;not set&quot; removes it.</source>
        <translation>Doppelklicken Sie, um Ihren eigenen Wert für diesen Maßstab einzugeben; er erscheint neben den veröffentlichten Vergleichswerten und wird mit dem Szenario gespeichert. „nicht festgelegt“ entfernt ihn.</translation>
    </message>
    <message>
        <source>add yours</source>
        <translation>eigenen eintragen</translation>
    </message>
    <message>
        <source>Benchmarks below</source>
        <translation>Vergleichswerte unten</translation>
    </message>
    <message>
        <source>The sources give no range for this measure: agree a target with the hire, and compare with the published figures below.</source>
        <translation>Die Quellen nennen für diesen Maßstab keine Spanne: Vereinbaren Sie ein Ziel mit der neuen Fachkraft und vergleichen Sie mit den veröffentlichten Zahlen unten.</translation>
    </message>
    <message>
        <source>Published benchmark</source>
        <translation>Veröffentlichter Vergleichswert</translation>
    </message>
    <message>
        <source>The role&apos;s main measures, each with what is realistic after a few months, what that rests on and your target; double-click &quot;add yours&quot; to enter a figure of your own.</source>
        <translation>Die wichtigsten Maßstäbe der Rolle, jeweils mit dem, was nach einigen Monaten realistisch ist, worauf das beruht, und Ihrem Ziel; doppelklicken Sie auf „eigenen eintragen“, um einen eigenen Wert einzugeben.</translation>
    </message>
</context>
<context>
    <name>rolelens::UserGuide</name>
    <message>
        <source>RoleLens user guide</source>
        <translation>RoleLens-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
</TS>
