<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Advice</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln nota</numerusform>
            <numerusform>%Ln notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln advertencia</numerusform>
            <numerusform>%Ln advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln critical</source>
        <translation>
            <numerusform>%Ln crítica</numerusform>
            <numerusform>%Ln críticas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdviceDocument</name>
    <message>
        <source>Advice</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>The findings and targets are about the %1.</source>
        <translation>Las observaciones y las metas se refieren al %1.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>No expectation in this scenario conflicts with the catalog.</source>
        <translation>Ninguna expectativa de este escenario contradice el catálogo.</translation>
    </message>
    <message>
        <source>Hiring plan</source>
        <translation>Plan de contratación</translation>
    </message>
    <message>
        <source>No goals or tasks given: nothing to plan.</source>
        <translation>No se han indicado objetivos ni tareas: no hay nada que planificar.</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>No role in the catalog covers: %1.</source>
        <translation>Ningún rol del catálogo cubre: %1.</translation>
    </message>
    <message>
        <source>Roles that fit, ranked</source>
        <translation>Roles por encaje</translation>
    </message>
    <message>
        <source>The detail behind the plan: every role that covers part of what you listed, by how well it fits.</source>
        <translation>El detalle del plan: cada rol que cubre parte de lo que ha indicado, según lo bien que encaja.</translation>
    </message>
    <message>
        <source>No goals or tasks given: nothing to rank.</source>
        <translation>No se han indicado objetivos ni tareas: no hay nada que ordenar.</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Column titles: a role, how well it fits the owner&apos;s goals and tasks (a percentage), why.</extracomment>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Encaje</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Findings for the %1</source>
        <translation>Observaciones sobre el %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Judge the hire by</source>
        <translation>Cómo evaluar a la persona contratada</translation>
    </message>
    <message>
        <source>The role&apos;s measures, most weighty first (weight 1-5). Ranges are assumptions, not facts (see their sources); where the sources give no range, take the first month as the baseline and judge the trend (general practice), and compare with the published benchmarks below.</source>
        <translation>Los indicadores del rol, de mayor a menor peso (peso 1-5). Los rangos son supuestos, no hechos (consulte sus fuentes); cuando las fuentes no dan un rango, tome el primer mes como base, evalúe la tendencia (práctica habitual) y compare con los valores de referencia publicados que figuran más abajo.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Your target</source>
        <translation>Su meta</translation>
    </message>
    <message>
        <source>Owner&apos;s target</source>
        <translation>Meta del propietario</translation>
    </message>
    <message>
        <source>(formula: %1)</source>
        <translation>(fórmula: %1)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Your figure: %1</source>
        <translation>Su cifra: %1</translation>
    </message>
    <message>
        <source>The owner&apos;s figure: %1</source>
        <translation>Cifra del propietario: %1</translation>
    </message>
    <message>
        <source>Published benchmarks</source>
        <translation>Valores de referencia publicados</translation>
    </message>
    <message>
        <source>Figures from industry reports to compare the hire&apos;s results with, not targets agreed. Each keeps its own denominator (followers, views, impressions, visitors): compare like with like, and mind each report&apos;s age, platform and sample (under Sources), which may be of larger brands than yours.</source>
        <translation>Cifras de informes del sector con las que comparar los resultados de la persona contratada, no metas acordadas. Cada una conserva su propio denominador (seguidores, visualizaciones, impresiones, visitantes): compare magnitudes equivalentes y tenga en cuenta la antigüedad, la plataforma y la muestra de cada informe (en Fuentes), que pueden corresponder a marcas más grandes que la suya.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more role(s) that cover part of this (the Advisor in RoleLens lists them all).</source>
        <translation>
            <numerusform>…y %n rol más que cubre parte de esto (el Asesor de RoleLens los muestra todos).</numerusform>
            <numerusform>…y %n roles más que cubren parte de esto (el Asesor de RoleLens los muestra todos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Realistic targets</source>
        <translation>Metas realistas</translation>
    </message>
    <message>
        <source>Realistic targets for the %1</source>
        <translation>Metas realistas para el %1</translation>
    </message>
</context>
<context>
    <name>Advisor</name>
    <message>
        <source>The best fit (%1) of the roles you can hire for the long run: it covers %2 of the %3 goals and tasks you listed.</source>
        <translation>El rol que mejor encaja (%1) de los que puede contratar a largo plazo: cubre %2 de los %3 objetivos y tareas que ha indicado.</translation>
    </message>
    <message>
        <source>What the role is for: %1</source>
        <translation>Para qué sirve el rol: %1</translation>
    </message>
    <message>
        <source>You are considering the %1 role; the findings below are about it.</source>
        <translation>Está considerando el rol de %1; las observaciones siguientes se refieren a él.</translation>
    </message>
    <message>
        <source>Engage a %1 for a campaign, with the audience of their own channels; not as the hire.</source>
        <translation>Colabore con un %1 en una campaña, aprovechando la audiencia de sus propios canales; no como la persona que va a contratar.</translation>
    </message>
    <message>
        <source>Stays with the %1, not the %2: %3</source>
        <translation>Sigue correspondiendo al %1, no al %2: %3</translation>
    </message>
    <message>
        <source>Not the %1&apos;s work: %2</source>
        <translation>No es trabajo del %1: %2</translation>
    </message>
    <message>
        <source>The catalog has the %2 serve &quot;%1&quot;; the %3 does not.</source>
        <translation>En el catálogo, el %2 contribuye a «%1»; el %3, no.</translation>
    </message>
    <message>
        <source>The catalog has the %2 serve &quot;%1&quot;.</source>
        <translation>En el catálogo, el %2 contribuye a «%1».</translation>
    </message>
    <message>
        <source>Contract the %1&apos;s work out, or leave it out of the job.</source>
        <translation>Externalice el trabajo del %1 o déjelo fuera del puesto.</translation>
    </message>
    <message>
        <source>%1 of what this role is mainly judged by is what your goals ask for.</source>
        <translation>El %1 de aquello por lo que se evalúa principalmente este rol coincide con lo que piden sus objetivos.</translation>
    </message>
    <message>
        <source>Does not serve: %1.</source>
        <translation>No contribuye a: %1.</translation>
    </message>
    <message>
        <source>Does not do: %1.</source>
        <translation>No realiza: %1.</translation>
    </message>
    <message>
        <source>No article, only general practice, says it covers: %1; that counts half.</source>
        <translation>Ningún artículo, solo la práctica habitual, indica que cubre: %1; eso cuenta la mitad.</translation>
    </message>
    <message>
        <source>Month 1 baseline, then trend</source>
        <translation>Base en el mes 1, luego tendencia</translation>
    </message>
    <message>
        <source>Trend since baseline</source>
        <translation>Tendencia desde la base</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4). From %5.</source>
        <translation>%1, %2: %3 (%4). Fuente: %5.</translation>
    </message>
    <message>
        <source>No published benchmark with a named publisher, report, year and method; judge by the rule: %1 (general practice).</source>
        <translation>No hay ningún valor de referencia publicado con editor, informe, año y método identificados; evalúe según la regla: %1 (práctica habitual).</translation>
    </message>
    <message>
        <source>%1 needs paid advertising, and no ad budget is set.</source>
        <translation>Lo que pide requiere publicidad de pago (%1), y no se ha definido ningún presupuesto publicitario.</translation>
    </message>
    <message>
        <source>Paid campaigns spend money on the platforms on top of the salary; without it, results come from organic work only, and more slowly (general practice, not from the articles).</source>
        <translation>Las campañas de pago suponen un gasto en las plataformas además del salario; sin ese presupuesto, los resultados solo llegan del trabajo orgánico, y más despacio (práctica habitual, no procede de los artículos).</translation>
    </message>
    <message>
        <source>Set a monthly ad spend, or drop paid campaigns from the goals and tasks.</source>
        <translation>Defina una inversión publicitaria mensual o quite las campañas de pago de los objetivos y tareas.</translation>
    </message>
    <message>
        <source>Going from no followers to %1 in %2: a monthly growth rate multiplies the followers there are, so from zero no rate gets there.</source>
        <translation>Pasar de cero seguidores a %1 en %2: una tasa de crecimiento mensual multiplica los seguidores que ya hay, así que, partiendo de cero, ninguna tasa llega a esa cifra.</translation>
    </message>
    <message>
        <source>A new account first has to find its audience. The monthly growth range (%1 to %2 for the %3, an assumption: the articles give no figures) only applies once there is an audience to grow.</source>
        <translation>Una cuenta nueva primero tiene que encontrar su audiencia. El rango de crecimiento mensual (del %1 al %2 para el %3, un supuesto: los artículos no dan cifras) solo se aplica cuando ya hay una audiencia que hacer crecer.</translation>
    </message>
    <message>
        <source>Note the follower count after the first month as the baseline and set the target from it; judge the first months by engagement and reach, or add a short influencer campaign if you need a quick spike.</source>
        <translation>Anote el número de seguidores al cabo del primer mes como base y fije la meta a partir de ella; evalúe los primeros meses por el engagement y el alcance, o añada una campaña breve con influencers si necesita un impulso rápido.</translation>
    </message>
    <message>
        <source>Going from %1 to %2 followers in %3 needs %4 growth a month; you assume the %5 grows an audience by %6 to %7 a month.</source>
        <translation>Pasar de %1 a %2 seguidores en %3 requiere un crecimiento del %4 al mes; usted supone que el %5 hace crecer una audiencia entre un %6 y un %7 al mes.</translation>
    </message>
    <message>
        <source>Going from %1 to %2 followers in %3 needs %4 growth a month; the catalog assumes, as an illustration and not from the articles, that the %5 grows an audience by %6 to %7 a month.</source>
        <translation>Pasar de %1 a %2 seguidores en %3 requiere un crecimiento del %4 al mes; el catálogo supone, a modo de ilustración y no a partir de los artículos, que el %5 hace crecer una audiencia entre un %6 y un %7 al mes.</translation>
    </message>
    <message>
        <source>The growth needed is above the range assumed for the %1. That range is an assumption, not a figure from the articles: change it in the advisor if you know better.</source>
        <translation>El crecimiento necesario supera el rango supuesto para el %1. Ese rango es un supuesto, no una cifra de los artículos: cámbielo en el Asesor si dispone de mejor información.</translation>
    </message>
    <message>
        <source>Expect about %1 to %2 followers after %3, or add a short influencer campaign if you need a quick spike.</source>
        <translation>Cuente con entre %1 y %2 seguidores, aproximadamente, al cabo de %3, o añada una campaña breve con influencers si necesita un impulso rápido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is among what the %2 is judged by, but not mainly.</source>
        <translation>«%1» forma parte de aquello por lo que se evalúa al %2, pero no es lo principal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not what the %2 is for.</source>
        <translation>«%1» no es la finalidad del %2.</translation>
    </message>
    <message>
        <source> or the </source>
        <extracomment>Between role titles: &quot;the X or the Y&quot;; German: “ oder zur Rolle „ (quoted titles)</extracomment>
        <translation> o al </translation>
    </message>
    <message>
        <source>No role in the catalog is mainly judged by it; agree how it will be measured.</source>
        <translation>Ningún rol del catálogo se evalúa principalmente por ello; acuerde cómo se medirá.</translation>
    </message>
    <message>
        <source>This goal belongs to the %1.</source>
        <translation>Este objetivo corresponde al %1.</translation>
    </message>
    <message>
        <source>This goal belongs to the %1, or to one other role in the catalog.</source>
        <translation>Este objetivo corresponde al %1, o a otro rol del catálogo.</translation>
    </message>
    <message>
        <source>This goal belongs to the %1, or to one of %2 other roles in the catalog.</source>
        <translation>Este objetivo corresponde al %1, o a uno de otros %2 roles del catálogo.</translation>
    </message>
    <message>
        <source>You want %1, but the %2 builds over the long term.</source>
        <translation>Usted quiere «%1», pero el trabajo del %2 da frutos a largo plazo.</translation>
    </message>
    <message>
        <source>No role in the catalog is described as delivering this right away: plan for the %1&apos;s results to build over months, and judge the role on them.</source>
        <translation>Ningún rol del catálogo se describe como capaz de lograr esto de inmediato: cuente con que los resultados del %1 se construyan a lo largo de meses y evalúe el rol por ellos.</translation>
    </message>
    <message>
        <source>For what you need right away, work with an %1 on a short campaign; judge the %2 on what builds over months.</source>
        <translation>Para lo que necesita de inmediato, colabore con un %1 en una campaña breve; evalúe al %2 por lo que se construye a lo largo de meses.</translation>
    </message>
    <message>
        <source>For what you need right away, work with a %1 on a short campaign; judge the %2 on what builds over months.</source>
        <translation>Para lo que necesita de inmediato, colabore con un %1 en una campaña breve; evalúe al %2 por lo que se construye a lo largo de meses.</translation>
    </message>
    <message>
        <source>The %1 is considered for %2, which take months; the catalog describes the role&apos;s work as immediate rather than long-term.</source>
        <translation>Se está considerando al %1 para %2, algo que requiere meses; el catálogo describe el trabajo de este rol como inmediato, no a largo plazo.</translation>
    </message>
    <message>
        <source>Use the %1 for what it delivers in the short term, and agree how %2 will be built and measured: no role in the catalog is described as serving it over the long term.</source>
        <translation>Recurra al %1 para lo que aporta a corto plazo y acuerde cómo construir y medir %2: ningún rol del catálogo se describe como capaz de lograrlo a largo plazo.</translation>
    </message>
    <message>
        <source>Use the %1 for what it delivers in the short term; for %2, hire an %3.</source>
        <translation>Recurra al %1 para lo que aporta a corto plazo; para %2, contrate a un %3.</translation>
    </message>
    <message>
        <source>Use the %1 for what it delivers in the short term; for %2, hire a %3.</source>
        <translation>Recurra al %1 para lo que aporta a corto plazo; para %2, contrate a un %3.</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between goal labels in a sentence, &quot;a, b and c&quot;; German: “, „ (the sentence quotes the list)</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>Before the last goal label in a sentence, &quot;a, b and c&quot;; German: “ und „</extracomment>
        <translation> y </translation>
    </message>
    <message>
        <source>The %1 would be judged mainly by follower count, which is not among the role&apos;s primary measures.</source>
        <translation>El %1 se evaluaría principalmente por el número de seguidores, que no figura entre los indicadores principales del rol.</translation>
    </message>
    <message>
        <source>What the sources measure the %1 by: %2</source>
        <translation>Con qué miden las fuentes el trabajo del %1: %2</translation>
    </message>
    <message>
        <source>Agree with the hire which measures the role is judged by; keep follower count as one signal among them.</source>
        <translation>Acuerde con la persona contratada qué indicadores servirán para evaluar el rol; mantenga el número de seguidores como una señal más entre ellos.</translation>
    </message>
    <message>
        <source>Judge the hire by %1; keep follower count as one signal among them.</source>
        <translation>Evalúe a la persona contratada con estos indicadores: %1; mantenga el número de seguidores como una señal más entre ellos.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>As one article puts it: %1</source>
        <translation>Como dice un artículo: %1</translation>
    </message>
    <message>
        <source>As the articles put it: %1</source>
        <translation>Como dicen los artículos: %1</translation>
    </message>
    <message>
        <source>None of the %1&apos;s responsibilities covers it; it is part of the %2&apos;s work.</source>
        <translation>Ninguna de las responsabilidades del %1 lo cubre; forma parte del trabajo del %2.</translation>
    </message>
    <message>
        <source>None of the %1&apos;s responsibilities covers it; one article describes it as part of the %2&apos;s work: %3</source>
        <translation>Ninguna de las responsabilidades del %1 lo cubre; un artículo lo describe como parte del trabajo del %2: %3</translation>
    </message>
    <message>
        <source>None of the %1&apos;s responsibilities covers it; the articles describe it as part of the %2&apos;s work: %3</source>
        <translation>Ninguna de las responsabilidades del %1 lo cubre; los artículos lo describen como parte del trabajo del %2: %3</translation>
    </message>
    <message>
        <source>The articles disagree on whose work this is. %1 %2</source>
        <translation>Los artículos no coinciden en a quién corresponde este trabajo. %1 %2</translation>
    </message>
    <message>
        <source>Leave it out of this job description, or agree in it who does this work: the articles give it to the %1.</source>
        <translation>Déjelo fuera de esta descripción del puesto o acuerde en ella quién hará este trabajo: los artículos se lo atribuyen al %1.</translation>
    </message>
    <message>
        <source> or to the </source>
        <extracomment>Between role titles: &quot;to the X or to the Y&quot;; German: “ oder der Rolle „ (quoted titles)</extracomment>
        <translation> o al </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not among the %2&apos;s responsibilities in the catalog, and the articles disagree on whose work it is.</source>
        <translation>«%1» no figura entre las responsabilidades del %2 en el catálogo, y los artículos no coinciden en a quién corresponde.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is usually not the work of the %2; the catalog gives it to the %3.</source>
        <translation>«%1» no suele ser trabajo del %2; el catálogo se lo atribuye al %3.</translation>
    </message>
    <message>
        <source>Leave it out of this job description; if it must be done, hire or contract someone for the %1&apos;s work.</source>
        <translation>Déjelo fuera de esta descripción del puesto; si hay que hacerlo, contrate o subcontrate a alguien para el trabajo del %1.</translation>
    </message>
    <message>
        <source>One hire is expected to be both %1 and %2: the catalog keeps these roles apart.</source>
        <translation>Se espera que una sola persona sea a la vez %1 y %2: el catálogo trata estos roles por separado.</translation>
    </message>
    <message>
        <source>One hire is expected to fill %1 roles (%2): the catalog keeps these roles apart.</source>
        <translation>Se espera que una sola persona cubra %1 roles (%2): el catálogo trata estos roles por separado.</translation>
    </message>
    <message>
        <source>The articles keep the %1&apos;s and the %2&apos;s work apart: %3</source>
        <translation>Los artículos separan el trabajo del %1 y el del %2: %3</translation>
    </message>
    <message>
        <source>The articles do not discuss one person doing the work of both the %1; the catalog describes them as separate roles (general practice).</source>
        <translation>Los artículos no tratan el caso de que una misma persona haga a la vez el trabajo de %1; el catálogo los describe como roles distintos (práctica habitual).</translation>
    </message>
    <message>
        <source>, nor of both the </source>
        <translation>, ni el de </translation>
    </message>
    <message>
        <source>If one person does both, budget the hours and pay for both, and judge each role by its own measures.</source>
        <translation>Si una sola persona hace ambos trabajos, presupueste las horas y la remuneración de los dos y evalúe cada rol por sus propios indicadores.</translation>
    </message>
    <message>
        <source>Hire for the role that matters most now, and hire or contract the other roles&apos; work separately, or leave it out.</source>
        <translation>Contrate para el rol que más importa ahora y contrate o subcontrate por separado el trabajo de los demás roles, o prescinda de él.</translation>
    </message>
    <message>
        <source>The monthly salary you entered, %1, comes to %2 for each of the %3 roles.</source>
        <translation>El salario mensual que ha indicado, %1, equivale a %2 para cada uno de los %3 roles.</translation>
    </message>
    <message>
        <source>Serves the goal you listed: %1.</source>
        <translation>Contribuye al objetivo que ha indicado: %1.</translation>
    </message>
    <message>
        <source>Serves %1 of the %2 goals you listed: %3.</source>
        <translation>Objetivos a los que contribuye (%1 de %2): %3.</translation>
    </message>
    <message>
        <source>Does the task you listed: %1.</source>
        <translation>Realiza la tarea que ha indicado: %1.</translation>
    </message>
    <message>
        <source>Does %1 of the %2 tasks you listed: %3.</source>
        <translation>Tareas que realiza (%1 de %2): %3.</translation>
    </message>
</context>
<context>
    <name>AgreementDocument</name>
    <message>
        <source>Expectations agreement</source>
        <translation>Acuerdo de expectativas</translation>
    </message>
    <message>
        <source>Expectations agreement: %1</source>
        <translation>Acuerdo de expectativas: %1</translation>
    </message>
    <message>
        <source>owner&apos;s target: %1</source>
        <translation>meta del propietario: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Version %1, issued on %2</source>
        <translation>Versión %1, emitida el %2</translation>
    </message>
    <message>
        <source>What the hire is for, what to judge it by and what it does not do: for the owner and the hire to agree on, and sign.</source>
        <translation>Para qué se contrata a la persona, cómo evaluar su trabajo y qué no le corresponde: para que el propietario y la persona contratada lo acuerden y lo firmen.</translation>
    </message>
    <message>
        <source>What this role does not do, and who does</source>
        <translation>Qué no hace este rol y quién lo hace</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Conformidad</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Changes since version %1 of %2</source>
        <translation>Cambios desde la versión %1 del %2</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Novedad:</translation>
    </message>
    <message>
        <source>No longer:</source>
        <translation>Ya no se incluye:</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Issued on %1. The owner and the hire review the targets above together at %2, counted from the issue date; the first review is on %3.</source>
        <translation>Emitido el %1. El propietario y la persona contratada revisarán juntos las metas indicadas más arriba al cabo de %2, contados desde la fecha de emisión; la primera revisión será el %3.</translation>
    </message>
    <message>
        <source>The role and its purpose</source>
        <translation>El rol y su finalidad</translation>
    </message>
    <message>
        <source>Time horizon: %1</source>
        <translation>Horizonte temporal: %1</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>No se puede escribir %1: es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full or the file size limit was reached (%2 of %3 bytes written).</source>
        <translation>No se puede escribir %1: el disco está lleno o se ha alcanzado el tamaño máximo de archivo (se escribieron %2 de %3 bytes).</translation>
    </message>
</context>
<context>
    <name>Benchmark</name>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>average</source>
        <translation>media</translation>
    </message>
    <message>
        <source>across the sample</source>
        <translation>en toda la muestra</translation>
    </message>
    <message>
        <source>average of the top performers</source>
        <translation>media de los mejores resultados</translation>
    </message>
    <message>
        <source>what consumers expect</source>
        <translation>lo que esperan los consumidores</translation>
    </message>
</context>
<context>
    <name>CatalogFileParser</name>
    <message>
        <source>expected &quot;rolelens-catalog&quot;, found &quot;%1&quot;</source>
        <translation>se esperaba «rolelens-catalog», se encontró «%1»</translation>
    </message>
    <message>
        <source>version %1 is not supported (this program reads version %2)</source>
        <translation>la versión %1 no es compatible (este programa lee la versión %2)</translation>
    </message>
    <message>
        <source>unknown statistic &quot;%1&quot; (expected median, average, overall, top-performers or consumer-expectation)</source>
        <translation>estadístico desconocido «%1» (se esperaba median, average, overall, top-performers o consumer-expectation)</translation>
    </message>
    <message>
        <source>a benchmark must quote the report&apos;s words that give its figure</source>
        <translation>un valor de referencia debe citar las palabras del informe que dan su cifra</translation>
    </message>
    <message>
        <source>%1 is out of range (expected 0 to %2)</source>
        <translation>%1 está fuera de rango (se esperaba de 0 a %2)</translation>
    </message>
    <message>
        <source>duplicate %1 id &quot;%2&quot; in this file</source>
        <translation>id de %1 «%2» duplicado en este archivo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>«%1» aparece dos veces</translation>
    </message>
    <message>
        <source>every statement must cite at least one source</source>
        <translation>cada afirmación debe citar al menos una fuente</translation>
    </message>
    <message>
        <source>must name at least one role</source>
        <translation>debe nombrar al menos un rol</translation>
    </message>
    <message>
        <source>a disagreement needs at least two positions</source>
        <translation>una discrepancia necesita al menos dos posturas</translation>
    </message>
    <message>
        <source>unknown oneHire &quot;%1&quot; (expected possible or warned-against)</source>
        <translation>valor de oneHire desconocido «%1» (se esperaba possible o warned-against)</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>se esperaba uno de: %1</translation>
    </message>
    <message>
        <source>unknown dimension &quot;%1&quot;</source>
        <translation>dimensión desconocida «%1»</translation>
    </message>
    <message>
        <source>expected one of the %1 tags: %2</source>
        <translation>se esperaba una de las etiquetas de %1: %2</translation>
    </message>
    <message>
        <source>a goal needs metrics or tags, or no role can serve it</source>
        <translation>un objetivo necesita métricas o etiquetas; si no, ningún rol puede contribuir a él</translation>
    </message>
    <message>
        <source>unknown document &quot;%1&quot; (expected advice or agreement)</source>
        <translation>documento desconocido «%1» (se esperaba advice o agreement)</translation>
    </message>
    <message>
        <source>must list at least one entry</source>
        <translation>debe incluir al menos una entrada</translation>
    </message>
    <message>
        <source>unknown emphasis &quot;%1&quot; (expected primary or secondary)</source>
        <translation>énfasis desconocido «%1» (se esperaba primary o secondary)</translation>
    </message>
    <message>
        <source>weight %1 is out of range (expected 1 to 5)</source>
        <translation>el peso %1 está fuera de rango (se esperaba de 1 a 5)</translation>
    </message>
    <message>
        <source>%1 weeks is out of range (expected %2 %3 to 520)</source>
        <translation>el valor de %1 semanas está fuera de rango (se esperaba %2 %3 y hasta 520)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>más de</translation>
    </message>
    <message>
        <source>holdWeeks needs decayHalfLifeWeeks (without decay the effect lasts)</source>
        <translation>holdWeeks requiere decayHalfLifeWeeks (sin atenuación, el efecto perdura)</translation>
    </message>
    <message>
        <source>expected 0 &lt;= lowPercentPerMonth &lt;= highPercentPerMonth &lt;= 1000, found %1 and %2</source>
        <translation>se esperaba 0 &lt;= lowPercentPerMonth &lt;= highPercentPerMonth &lt;= 1000, se encontró %1 y %2</translation>
    </message>
    <message>
        <source>must list at least one tag</source>
        <translation>debe incluir al menos una etiqueta</translation>
    </message>
    <message>
        <source>unknown tag &quot;%1&quot; for %2 (expected one of: %3)</source>
        <translation>etiqueta desconocida «%1» para %2 (se esperaba una de: %3)</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is listed twice</source>
        <translation>la etiqueta «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>unknown source kind &quot;%1&quot; (expected article, general-practice, illustrative or published-benchmark)</source>
        <translation>tipo de fuente desconocido «%1» (se esperaba article, general-practice, illustrative o published-benchmark)</translation>
    </message>
    <message>
        <source>%1 is out of range (expected a year from %2 to %3)</source>
        <translation>%1 está fuera de rango (se esperaba un año de %2 a %3)</translation>
    </message>
    <message>
        <source>a published benchmark must name its publisher</source>
        <translation>un valor de referencia publicado debe indicar su editor</translation>
    </message>
    <message>
        <source>only a published-benchmark source has &quot;%1&quot;</source>
        <translation>solo una fuente de tipo published-benchmark tiene «%1»</translation>
    </message>
    <message>
        <source>expected a web address starting with https:// or http://, found &quot;%1&quot;</source>
        <translation>se esperaba una dirección web que empiece por https:// o http://, se encontró «%1»</translation>
    </message>
    <message>
        <source>expected %1 sides, found %2</source>
        <translation>se esperaban %1 lados, hay %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a side of the work kind &quot;%2&quot;</source>
        <translation>«%1» ya es un lado del tipo de trabajo «%2»</translation>
    </message>
    <message>
        <source>a side needs at least one tag, or no role involves it</source>
        <translation>un lado necesita al menos una etiqueta; si no, ningún rol lo implica</translation>
    </message>
    <message>
        <source>expected a role id or an object {role, label, condition, sources}, found %1</source>
        <translation>se esperaba un id de rol o un objeto {role, label, condition, sources}, se encontró %1</translation>
    </message>
    <message>
        <source>an object here needs a &quot;label&quot; or a &quot;condition&quot; for its sources to support; write the plain role id otherwise</source>
        <translation>aquí un objeto necesita un «label» o una «condition» que respalden sus fuentes; si no, escriba solo el id del rol</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>is a folder, not a catalog file</source>
        <translation>es una carpeta, no un archivo de catálogo</translation>
    </message>
    <message>
        <source>is %1 bytes; catalog files are limited to %2 bytes</source>
        <translation>ocupa %1 bytes; los archivos de catálogo están limitados a %2 bytes</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation>fuente desconocida «%1»</translation>
    </message>
    <message>
        <source>a citation of the article &quot;%1&quot; must quote the statement that supports it</source>
        <translation>una cita del artículo «%1» debe reproducir la afirmación que la respalda</translation>
    </message>
    <message>
        <source>a citation of the published benchmark &quot;%1&quot; must quote the report&apos;s words</source>
        <translation>una cita del valor de referencia publicado «%1» debe reproducir las palabras del informe</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a source of kind %2; a benchmark must cite a source of kind published-benchmark</source>
        <translation>«%1» es una fuente de tipo %2; un valor de referencia debe citar una fuente de tipo published-benchmark</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;</source>
        <translation>métrica desconocida «%1»</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (closest known: %2)</source>
        <translation>rol desconocido «%1» (el más parecido: %2)</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot;</source>
        <translation>tarea desconocida «%1»</translation>
    </message>
    <message>
        <source>unknown disagreement &quot;%1&quot;</source>
        <translation>discrepancia desconocida «%1»</translation>
    </message>
    <message>
        <source>a role cannot supervise itself</source>
        <translation>un rol no puede supervisarse a sí mismo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; supervises &quot;%2&quot;, but &quot;%2&quot; does not list &quot;%1&quot; in reportsTo</source>
        <translation>«%1» supervisa a «%2», pero «%2» no incluye «%1» en reportsTo</translation>
    </message>
    <message>
        <source>a role cannot report to itself</source>
        <translation>un rol no puede depender de sí mismo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reports to &quot;%2&quot;, but &quot;%2&quot; does not list &quot;%1&quot; in supervises</source>
        <translation>«%1» depende de «%2», pero «%2» no incluye «%1» en supervises</translation>
    </message>
    <message>
        <source>no role lists the responsibility &quot;%1&quot;</source>
        <translation>ningún rol incluye la responsabilidad «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists none of the task&apos;s responsibilities</source>
        <translation>«%1» no incluye ninguna de las responsabilidades de la tarea</translation>
    </message>
    <message>
        <source>no role in any of the catalog files read (%1)</source>
        <translation>no hay ningún rol en los archivos de catálogo leídos (%1)</translation>
    </message>
    <message>
        <source>is a folder, not a catalog translation file</source>
        <translation>es una carpeta, no un archivo de traducción del catálogo</translation>
    </message>
    <message>
        <source>is %1 bytes; catalog translation files are limited to %2 bytes</source>
        <translation>ocupa %1 bytes; los archivos de traducción del catálogo no pueden superar los %2 bytes</translation>
    </message>
</context>
<context>
    <name>CatalogTranslation</name>
    <message>
        <source>expected &quot;rolelens-catalog-translation&quot;, found &quot;%1&quot;</source>
        <translation>se esperaba «rolelens-catalog-translation» y se encontró «%1»</translation>
    </message>
    <message>
        <source>version %1 is not supported (this program reads version %2)</source>
        <translation>la versión %1 no es compatible (este programa lee la versión %2)</translation>
    </message>
    <message>
        <source>the file is named for language &quot;%1&quot; but says &quot;%2&quot;</source>
        <translation>el nombre del archivo indica el idioma «%1», pero el archivo dice «%2»</translation>
    </message>
    <message>
        <source>the catalog file has no &quot;%1&quot; here to translate</source>
        <translation>el archivo del catálogo no tiene aquí ningún «%1» que traducir</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not translated: ids, sources, quotes, tags, codes and numbers stay as the catalog file has them</source>
        <translation>«%1» no se traduce: los identificadores, las fuentes, las citas, las etiquetas, los códigos y los números se mantienen como en el archivo del catálogo</translation>
    </message>
    <message>
        <source>missing: the translation of this entry must translate &quot;%1&quot; too</source>
        <translation>falta: la traducción de esta entrada también debe traducir «%1»</translation>
    </message>
    <message>
        <source>expected the translated text</source>
        <translation>se esperaba el texto traducido</translation>
    </message>
    <message>
        <source>expected a list, as in the catalog file</source>
        <translation>se esperaba una lista, como en el archivo del catálogo</translation>
    </message>
    <message>
        <source>expected an object, as in the catalog file</source>
        <translation>se esperaba un objeto, como en el archivo del catálogo</translation>
    </message>
    <message>
        <source>the catalog file has no entry %1 here (it has %2)</source>
        <translation>el archivo del catálogo no tiene aquí la entrada %1 (tiene %2)</translation>
    </message>
    <message>
        <source>missing: the translation of entry %1 of %2 here</source>
        <translation>falta: la traducción de la entrada %1 de %2</translation>
    </message>
    <message>
        <source>expected the id of the entry translated</source>
        <translation>se esperaba el identificador de la entrada traducida</translation>
    </message>
    <message>
        <source>the catalog file has no entry &quot;%1&quot; here</source>
        <translation>el archivo del catálogo no tiene aquí ninguna entrada «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is translated twice</source>
        <translation>«%1» está traducido dos veces</translation>
    </message>
    <message>
        <source>missing: the translation of &quot;%1&quot;</source>
        <translation>falta: la traducción de «%1»</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;rolelens --help&apos;.</source>
        <translation>Pruebe «rolelens --help».</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se ha indicado ningún comando</translation>
    </message>
    <message>
        <source>compare takes 2 to 4 roles, %1 given</source>
        <translation>compare admite de 2 a 4 roles; roles indicados: %1</translation>
    </message>
    <message>
        <source>advise takes one scenario file, %1 given</source>
        <translation>advise admite un solo archivo de escenario; archivos indicados: %1</translation>
    </message>
    <message>
        <source>document takes a kind and a role or scenario file, e.g. &apos;rolelens document job-post social-media-manager&apos;; %1 given</source>
        <translation>document admite un tipo y un rol o archivo de escenario, p. ej., «rolelens document job-post social-media-manager»; argumentos indicados: %1</translation>
    </message>
    <message>
        <source>%1 needs a role id, e.g. &apos;rolelens %1 social-media-manager&apos;</source>
        <translation>%1 necesita un id de rol, p. ej., «rolelens %1 social-media-manager»</translation>
    </message>
    <message>
        <source>too many arguments for %1: %2</source>
        <translation>demasiados argumentos para %1: %2</translation>
    </message>
    <message>
        <source>rolelens: the catalog is invalid; problems found: %1</source>
        <translation>rolelens: el catálogo no es válido; problemas encontrados: %1</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; did you mean: %2?</source>
        <translation>rol desconocido «%1»; ¿quiso decir %2?</translation>
    </message>
    <message>
        <source>rolelens: the scenario is invalid; problems found: %1</source>
        <translation>rolelens: el escenario no es válido; problemas encontrados: %1</translation>
    </message>
    <message>
        <source>unknown document &quot;%1&quot;; the documents are: %2</source>
        <translation>documento desconocido «%1»; los documentos son: %2</translation>
    </message>
    <message>
        <source>list the roles</source>
        <translation>listar los roles</translation>
    </message>
    <message>
        <source>List the roles in the catalog, by category.</source>
        <translation>Listar los roles del catálogo, por categoría.</translation>
    </message>
    <message>
        <source>one role&apos;s profile</source>
        <translation>el perfil de un rol</translation>
    </message>
    <message>
        <source>Show one role&apos;s profile: its purpose, every comparison dimension, responsibilities, skills, success metrics, what it does not do, misconceptions, and the sources of each statement. ROLE is an id or an alias (e.g. SMM).</source>
        <translation>Mostrar el perfil de un rol: su finalidad, cada dimensión de comparación, responsabilidades, habilidades, métricas de éxito, lo que no hace, ideas erróneas y las fuentes de cada afirmación. ROLE es un id o un alias, como SMM.</translation>
    </message>
    <message>
        <source>2 to 4 roles side by side</source>
        <translation>de 2 a 4 roles en paralelo</translation>
    </message>
    <message>
        <source>Compare 2 to 4 roles side by side, dimension by dimension, with the metrics, responsibilities and skills they share and those unique to each.</source>
        <translation>Comparar de 2 a 4 roles en paralelo, dimensión por dimensión, con las métricas, responsabilidades y habilidades que comparten y las exclusivas de cada uno.</translation>
    </message>
    <message>
        <source>advice on a hiring scenario</source>
        <translation>recomendaciones sobre una contratación</translation>
    </message>
    <message>
        <source>a document to hire with</source>
        <translation>un documento para la contratación</translation>
    </message>
    <message>
        <source>Write one of the documents an owner takes from the decision to the signature, for a role or for the role a scenario file&apos;s advice is about: %1. Every line is a catalog statement with its sources; with --pdf, a printable sheet.</source>
        <translation>Escribir uno de los documentos que un propietario necesita desde la decisión hasta la firma, para un rol o para el rol al que se refieren las recomendaciones de un archivo de escenario: %1. Cada línea es una afirmación del catálogo con sus fuentes; con --pdf, una hoja imprimible.</translation>
    </message>
    <message>
        <source>Also load the catalog FILE (repeatable); its entries add to or replace built-in ones.</source>
        <translation>Cargar además el archivo de catálogo FILE (repetible); sus entradas se añaden a las integradas o las sustituyen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Print debug messages to stderr.</source>
        <translation>Mostrar mensajes de depuración en stderr.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) and exit.</source>
        <translation>Guardar una imagen de la ventana en FILE (PNG) y salir.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>Window palette: light or dark (default: the system&apos;s).</source>
        <translation>Paleta de la ventana: light o dark (por defecto, la del sistema).</translation>
    </message>
    <message>
        <source>PALETTE</source>
        <translation>PALETTE</translation>
    </message>
    <message>
        <source>Write the printable sheet to FILE (PDF).</source>
        <translation>Escribir la hoja imprimible en FILE (PDF).</translation>
    </message>
    <message>
        <source>Paper: a4 or letter.</source>
        <translation>Papel: a4 o letter.</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>PAPER</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>unknown palette &quot;%1&quot; (expected light or dark)</source>
        <translation>paleta desconocida «%1» (se esperaba light o dark)</translation>
    </message>
    <message>
        <source>--pdf needs a file name</source>
        <translation>--pdf necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--paper goes with --pdf</source>
        <translation>--paper se usa con --pdf</translation>
    </message>
    <message>
        <source>unknown paper &quot;%1&quot; (expected a4 or letter)</source>
        <translation>papel desconocido «%1» (se esperaba a4 o letter)</translation>
    </message>
    <message>
        <source>Also load a catalog file (repeatable).</source>
        <translation>Cargar además un archivo de catálogo (repetible).</translation>
    </message>
    <message>
        <source>Usage: rolelens %1 [options]</source>
        <translation>Uso: rolelens %1 [opciones]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Usage: rolelens [options] [command] [arguments]</source>
        <translation>Uso: rolelens [opciones] [comando] [argumentos]</translation>
    </message>
    <message>
        <source>RoleLens explains what social media and adjacent roles are for, how they are judged, and what they do not do. Without a command, the window starts.</source>
        <translation>RoleLens explica para qué sirven los roles de redes sociales y afines, cómo se evalúan y qué no hacen. Sin un comando, se abre la ventana.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Window options:</source>
        <translation>Opciones de la ventana:</translation>
    </message>
    <message>
        <source>Use this palette, not the system&apos;s.</source>
        <translation>Usar esta paleta en lugar de la del sistema.</translation>
    </message>
    <message>
        <source>Render the window to a PNG and exit.</source>
        <translation>Guardar una imagen PNG de la ventana y salir.</translation>
    </message>
    <message>
        <source>With --screenshot: browse|compare|metrics|</source>
        <translation>Con --screenshot: browse|compare|metrics|</translation>
    </message>
    <message>
        <source>With --screenshot: the role (browse) or roles</source>
        <translation>Con --screenshot: el rol (browse) o los roles</translation>
    </message>
    <message>
        <source>(compare) to show.</source>
        <translation>(compare) que se mostrarán.</translation>
    </message>
    <message>
        <source>&apos;rolelens COMMAND --help&apos; describes a command. Exit codes: 0 success, 1 the window could not start, 2 wrong usage or unknown role, 3 invalid catalog or scenario file, 4 a file could not be written.</source>
        <translation>«rolelens COMMAND --help» describe un comando. Códigos de salida: 0 éxito, 1 no se pudo abrir la ventana, 2 uso incorrecto o rol desconocido, 3 archivo de catálogo o de escenario no válido, 4 no se pudo escribir un archivo.</translation>
    </message>
    <message>
        <source>Language of the output or the window: en, de, es or fr.</source>
        <translation>Idioma de la salida o de la ventana: en, de, es o fr.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected %2)</source>
        <translation>idioma desconocido «%1» (se esperaba: %2)</translation>
    </message>
    <message>
        <source>Language: en, de, es or fr (default: the</source>
        <translation>Idioma: en, de, es o fr (por defecto: el</translation>
    </message>
    <message>
        <source>system&apos;s; in the window, the last one chosen).</source>
        <translation>del sistema; en la ventana, el último elegido).</translation>
    </message>
    <message>
        <source>--format needs a command (list, show, compare, advise or document)</source>
        <translation>--format necesita un comando (list, show, compare, advise o document)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s), %2).</source>
        <translation>
            <numerusform>Se ha escrito %1 (%n página, %2).</numerusform>
            <numerusform>Se ha escrito %1 (%n páginas, %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open scenario (.rolelens.json) or catalog files.</source>
        <translation>Abrir archivos de escenario (.rolelens.json) o de catálogo.</translation>
    </message>
    <message>
        <source>the document &quot;%1&quot; has no table to write as CSV</source>
        <translation>el documento «%1» no tiene ninguna tabla que escribir como CSV</translation>
    </message>
    <message>
        <source>the advice on %1 judges no role, so it has no targets to write as CSV</source>
        <translation>las recomendaciones sobre %1 no evalúan ningún rol, así que no tienen metas que escribir como CSV</translation>
    </message>
    <message>
        <source>Read a scenario file (what a business owner wants from a hire; see docs/scenario-format.md) and print the roles that fit, each unrealistic expectation with its reason and sources, and realistic targets to judge the hire by. With --pdf, write the expectations agreement instead; with --format csv, the table of realistic targets alone. Exits with 3 when the scenario is invalid.</source>
        <translation>Leer un archivo de escenario (lo que el propietario de un negocio espera de una contratación; consulte docs/scenario-format.md) y mostrar los roles que encajan, cada expectativa poco realista con su motivo y sus fuentes, y metas realistas para evaluar a la persona contratada. Con --pdf, escribir en su lugar el acuerdo de expectativas; con --format csv, solo la tabla de metas realistas. Termina con el código 3 si el escenario no es válido.</translation>
    </message>
    <message>
        <source>Output format: text, json, markdown, html or csv.</source>
        <translation>Formato de salida: text, json, markdown, html o csv.</translation>
    </message>
    <message>
        <source>Window font size in points (default: the system&apos;s).</source>
        <translation>Tamaño de la letra de la ventana en puntos (por defecto, el del sistema).</translation>
    </message>
    <message>
        <source>POINTS</source>
        <translation>POINTS</translation>
    </message>
    <message>
        <source>--screenshot, --view, --palette and --font-size are for the window, not for &apos;%1&apos;</source>
        <translation>--screenshot, --view, --palette y --font-size son para la ventana, no para «%1»</translation>
    </message>
    <message>
        <source>--font-size needs a number of points from %1 to %2, not &quot;%3&quot;</source>
        <translation>--font-size necesita un número de puntos de %1 a %2, no «%3»</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected %2)</source>
        <translation>formato desconocido «%1» (se esperaba: %2)</translation>
    </message>
    <message>
        <source>text (default), json, markdown, html or csv.</source>
        <translation>text (por defecto), json, markdown, html o csv.</translation>
    </message>
    <message>
        <source>With a command: text (default), json, markdown,</source>
        <translation>Con un comando: text (por defecto), json, markdown,</translation>
    </message>
    <message>
        <source>html or csv (its tables, for a spreadsheet).</source>
        <translation>html o csv (sus tablas, para una hoja de cálculo).</translation>
    </message>
    <message>
        <source>Use a font of this size, not the system&apos;s.</source>
        <translation>Usar una letra de este tamaño en lugar de la del sistema.</translation>
    </message>
    <message>
        <source>unknown skill &quot;%1&quot;; the skills are: %2</source>
        <translation>habilidad desconocida «%1»; las habilidades son: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a skill is rated some or strong, not &quot;%2&quot;</source>
        <translation>«%1»: una habilidad se valora como some o strong, no «%2»</translation>
    </message>
    <message>
        <source>which role fits your skills</source>
        <translation>qué rol encaja con sus habilidades</translation>
    </message>
    <message>
        <source>fit takes the skills you have or the work you prefer, e.g. &apos;rolelens fit writing empathy=some --prefer content&apos;</source>
        <translation>fit admite las habilidades que tiene o el trabajo que prefiere, p. ej., «rolelens fit writing empathy=some --prefer content»</translation>
    </message>
    <message>
        <source>unknown kind of work &quot;%1&quot;; the kinds are: %2</source>
        <translation>tipo de trabajo desconocido «%1»; los tipos son: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; are the two sides of one choice; prefer one of them</source>
        <translation>«%1» y «%2» son las dos opciones de una misma elección; elija una de ellas</translation>
    </message>
    <message>
        <source>For students: rank the roles by how many of the skills the catalog lists for each you have, and by the kinds of work you prefer. Name each skill you have by its id, strong unless followed by =some (e.g. &apos;rolelens fit writing empathy=some --prefer content,people&apos;); a wrong id lists them all. A reading of the catalog, not a test of aptitude.</source>
        <translation>Para estudiantes: ordenar los roles según cuántas de las habilidades que el catálogo cita para cada uno tiene usted y según los tipos de trabajo que prefiere. Indique por su id cada habilidad que tenga; cuenta como sólida salvo que lleve =some detrás (p. ej., «rolelens fit writing empathy=some --prefer content,people»); un id erróneo las lista todas. Una lectura del catálogo, no una prueba de aptitud.</translation>
    </message>
    <message>
        <source>fit: a kind of work you prefer, e.g. strategy or people (repeatable, or separated by commas).</source>
        <translation>fit: un tipo de trabajo que prefiere, p. ej. strategy o people (repetible, o separados por comas).</translation>
    </message>
    <message>
        <source>WORK</source>
        <translation>TRABAJO</translation>
    </message>
    <message>
        <source>--prefer goes with &apos;fit&apos;</source>
        <translation>--prefer se usa con «fit»</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot; (expected %2)</source>
        <translation>vista desconocida «%1» (se esperaba: %2)</translation>
    </message>
    <message>
        <source>map draws the role map into a file: give --svg FILE, --pdf FILE or both</source>
        <translation>map dibuja el mapa de roles en un archivo: indique --svg FILE, --pdf FILE o ambos</translation>
    </message>
    <message>
        <source>Wrote %1 (SVG).</source>
        <translation>Se ha escrito %1 (SVG).</translation>
    </message>
    <message>
        <source>Window view: browse, compare, metrics, results, advisor, self-check or map.</source>
        <translation>Vista de la ventana: browse, compare, metrics, results, advisor, self-check o map.</translation>
    </message>
    <message>
        <source>Write the role map to FILE (SVG).</source>
        <translation>Escribir el mapa de roles en FILE (SVG).</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (commands: list, show, compare, advise, document, fit, map; or a scenario or catalog file to open in the window)</source>
        <translation>comando desconocido «%1» (comandos: list, show, compare, advise, document, fit, map; o un archivo de escenario o de catálogo para abrir en la ventana)</translation>
    </message>
    <message>
        <source>--pdf goes with &apos;show&apos;, &apos;compare&apos;, &apos;advise&apos;, &apos;document&apos;, &apos;fit&apos; or &apos;map&apos;</source>
        <translation>--pdf se usa con «show», «compare», «advise», «document», «fit» o «map»</translation>
    </message>
    <message>
        <source>--svg needs a file name</source>
        <translation>--svg necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>--svg goes with &apos;map&apos;</source>
        <translation>--svg se usa con «map»</translation>
    </message>
    <message>
        <source>results|advisor|map</source>
        <translation>results|advisor|map</translation>
    </message>
    <message>
        <source>the role map, as SVG or PDF</source>
        <translation>el mapa de roles, en SVG o PDF</translation>
    </message>
    <message>
        <source>Draw how the catalog&apos;s roles relate: who supervises whom (with what the catalog says of each line), who does the work a role does not, and where the articles disagree. --svg FILE writes an SVG drawing, --pdf FILE a one-page PDF (--paper a4 or letter); both may be given. Extra roles from --catalog are on the map.</source>
        <translation>Dibujar cómo se relacionan los roles del catálogo: quién supervisa a quién (con lo que el catálogo dice de cada línea), quién hace el trabajo que un rol no hace y en qué discrepan los artículos. --svg FILE escribe un dibujo SVG, --pdf FILE un PDF de una página (--paper a4 o letter); se pueden indicar ambos. Los roles añadidos con --catalog también aparecen en el mapa.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>a comparison takes %1 to %2 roles, %3 given</source>
        <translation>una comparación admite de %1 a %2 roles; roles indicados: %3</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (closest known: %2)</source>
        <translation>rol desconocido «%1» (el más parecido: %2)</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; is given twice</source>
        <translation>el rol «%1» se ha indicado dos veces</translation>
    </message>
</context>
<context>
    <name>ComparisonDocument</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> frente a </translation>
    </message>
    <message>
        <source>What each role is for, how it is judged and what it does not do: to agree on realistic expectations before the hire.</source>
        <translation>Para qué sirve cada rol, cómo se evalúa y qué no hace: para acordar expectativas realistas antes de contratar.</translation>
    </message>
    <message>
        <source>Comparison sheet</source>
        <translation>Hoja comparativa</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Relation: whether the roles are the same, only partly overlap or differ on that dimension, as computed from the catalog&apos;s tags (on the printed sheet, differing rows are shaded darker, overlapping ones lighter). With three or four roles, &quot;apart&quot; names a role that shares no tag with the others.</source>
        <translation>Relación: si los roles son iguales, coinciden solo en parte o difieren en esa dimensión, según las etiquetas del catálogo (en la hoja impresa, las filas en las que difieren aparecen sombreadas en un tono más oscuro, y aquellas en las que coinciden en parte, en uno más claro). Con tres o cuatro roles, «aparte» nombra un rol que no comparte ninguna etiqueta con los demás.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Shared by all and unique to each</source>
        <translation>Lo común a todos y lo exclusivo de cada uno</translation>
    </message>
    <message>
        <source>Shared metrics:</source>
        <translation>Métricas comunes:</translation>
    </message>
    <message>
        <source>Shared responsibilities:</source>
        <translation>Responsabilidades comunes:</translation>
    </message>
    <message>
        <source>Shared skills:</source>
        <translation>Habilidades comunes:</translation>
    </message>
    <message>
        <source>Only %1:</source>
        <translation>Exclusivo de %1:</translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation>Métricas:</translation>
    </message>
    <message>
        <source>Responsibilities:</source>
        <translation>Responsabilidades:</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>Habilidades:</translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation>Métricas de éxito</translation>
    </message>
    <message>
        <source>Weight 1-5: how much each role is judged by the metric, from how many sources name it for the role; primary metrics are what the role is mainly judged by.</source>
        <translation>Peso 1-5: en qué medida se evalúa cada rol por la métrica, según cuántas fuentes la mencionan para ese rol; las métricas principales son aquellas por las que se evalúa principalmente el rol.</translation>
    </message>
    <message>
        <source>Metric, definition and formula</source>
        <translation>Métrica, definición y fórmula</translation>
    </message>
    <message>
        <source>%1, weight %2 of 5</source>
        <translation>%1, peso %2 de 5</translation>
    </message>
    <message>
        <source>Expected results over time</source>
        <translation>Resultados esperados a lo largo del tiempo</translation>
    </message>
    <message>
        <source>The catalog gives no expected results over time for these roles.</source>
        <translation>El catálogo no indica resultados esperados a lo largo del tiempo para estos roles.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Supuesto</translation>
    </message>
    <message>
        <source> (changed from the catalog&apos;s values)</source>
        <translation> (valores modificados respecto al catálogo)</translation>
    </message>
    <message>
        <source>These curves are assumptions, not measurements or promises: the values are illustrative, shaped by what the sources say about when each role&apos;s contribution shows.</source>
        <translation>Estas curvas son supuestos, no mediciones ni promesas: los valores son ilustrativos y se basan en lo que dicen las fuentes sobre cuándo se nota la aportación de cada rol.</translation>
    </message>
    <message>
        <source>What each role does not do, and who does</source>
        <translation>Qué no hace cada rol y quién lo hace</translation>
    </message>
    <message>
        <source>Where the sources disagree</source>
        <translation>Dónde discrepan las fuentes</translation>
    </message>
    <message>
        <source>The catalog records no disagreement between the sources about these roles.</source>
        <translation>El catálogo no registra ninguna discrepancia entre las fuentes sobre estos roles.</translation>
    </message>
    <message>
        <source>Each position as its sources state it; the catalog does not pick a winner.</source>
        <translation>Cada postura tal como la exponen sus fuentes; el catálogo no toma partido.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>Shaded: they differ</source>
        <translation>Sombreado: difieren</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <source>Does not do</source>
        <translation>No hace</translation>
    </message>
    <message>
        <source>The articles do not disagree about these roles.</source>
        <translation>Los artículos no discrepan sobre estos roles.</translation>
    </message>
    <message>
        <source>Where the articles disagree:</source>
        <translation>Dónde discrepan los artículos:</translation>
    </message>
    <message>
        <source>(each position, with its sources, at the end)</source>
        <translation>(cada postura, con sus fuentes, al final)</translation>
    </message>
    <message>
        <source>Each role has its own colour and fill, solid or hatched, so that the roles stay apart in black and white; an outlined bar marks a secondary emphasis.</source>
        <translation>Cada rol tiene su propio color y relleno, liso o rayado, para que los roles se distingan también en blanco y negro; una barra solo contorneada indica un énfasis secundario.</translation>
    </message>
</context>
<context>
    <name>CsvRenderer</name>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
</context>
<context>
    <name>CsvReport</name>
    <message>
        <source>Id</source>
        <extracomment>Column titles of the role list as CSV: a role&apos;s id (what the user types), its title and its category.</extracomment>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Sobrescribir</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
</context>
<context>
    <name>Dimension</name>
    <message>
        <source>Role and purpose</source>
        <translation>Rol y finalidad</translation>
    </message>
    <message>
        <source>Content creation vs strategy and execution</source>
        <translation>Creación de contenido frente a estrategia y ejecución</translation>
    </message>
    <message>
        <source>Ownership and employment</source>
        <translation>Propiedad y relación laboral</translation>
    </message>
    <message>
        <source>Audience engagement</source>
        <translation>Engagement con la audiencia</translation>
    </message>
    <message>
        <source>How the role earns</source>
        <translation>Forma de remuneración</translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation>Métricas de éxito</translation>
    </message>
    <message>
        <source>Time horizon</source>
        <translation>Horizonte temporal</translation>
    </message>
    <message>
        <source>Decision level</source>
        <translation>Nivel de decisión</translation>
    </message>
    <message>
        <source>Place in the hierarchy</source>
        <translation>Posición en la jerarquía</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <source>no display is available (DISPLAY is not set)</source>
        <translation>no hay ninguna pantalla disponible (la variable DISPLAY no está definida)</translation>
    </message>
    <message>
        <source>no X server answers on display %1</source>
        <translation>ningún servidor X responde en la pantalla %1</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <source>%1: RoleLens saves this as .pdf, .md or .html, not as &quot;%2&quot;.</source>
        <translation>%1: RoleLens guarda esto como .pdf, .md o .html, no como «%2».</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Markdown (*.md);;HTML pages (*.html)</source>
        <translation>Documentos PDF (*.pdf);;Markdown (*.md);;Páginas HTML (*.html)</translation>
    </message>
</context>
<context>
    <name>DocumentOpening</name>
    <message>
        <source>No role is considered and none fits the goals and tasks given: add goals or tasks, or name the role you are considering.</source>
        <translation>No se está considerando ningún rol y ninguno encaja con los objetivos y tareas indicados: añada objetivos o tareas, o indique el rol que está considerando.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Owner, for %1</source>
        <translation>Propietario, en nombre de %1</translation>
    </message>
    <message>
        <source>Hire</source>
        <extracomment>Above a signature line: the person hired (a noun), beside the owner.</extracomment>
        <translation>Persona contratada</translation>
    </message>
</context>
<context>
    <name>ExportPath</name>
    <message>
        <source>Saved %1.</source>
        <translation>Se ha guardado %1.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>this year</source>
        <translation>este año</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s) old</source>
        <translation>
            <numerusform>hace %Ln año</numerusform>
            <numerusform>hace %Ln años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln semana</numerusform>
            <numerusform>%Ln semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln mes</numerusform>
            <numerusform>%Ln meses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln week(s)</source>
        <translation>
            <numerusform>en %Ln semana</numerusform>
            <numerusform>en %Ln semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 semanas</translation>
    </message>
</context>
<context>
    <name>FirstNinetyDaysDocument</name>
    <message>
        <source>First 90 days plan</source>
        <translation>Plan de los primeros 90 días</translation>
    </message>
    <message>
        <source>First 90 days: %1</source>
        <translation>Plan de los primeros 90 días: %1</translation>
    </message>
    <message>
        <source>By day 60</source>
        <translation>Para el día 60</translation>
    </message>
    <message>
        <source>By day 90</source>
        <translation>Para el día 90</translation>
    </message>
    <message>
        <source>These are assumptions to agree on, not promises: how far the role&apos;s contribution has come is the catalog&apos;s illustrative assumption, each range an assumption with its sources, and where no range is given the first month sets the baseline and the trend is judged.</source>
        <translation>Son supuestos que hay que acordar, no promesas: hasta dónde ha llegado la aportación del rol es un supuesto ilustrativo del catálogo, cada rango es un supuesto con sus fuentes y, cuando no se da ningún rango, el primer mes marca la base y se evalúa la tendencia.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Month one: set up and measure the baseline</source>
        <translation>Primer mes: preparar y medir la base</translation>
    </message>
    <message>
        <source>The catalog gives no measures for this role.</source>
        <translation>El catálogo no recoge indicadores para este rol.</translation>
    </message>
    <message>
        <source>measure where it stands now; this is the baseline the next reviews compare with</source>
        <translation>medir la situación actual; es la base con la que se compararán las siguientes revisiones</translation>
    </message>
    <message>
        <source>The catalog gives no assumption for when the %1&apos;s contribution shows.</source>
        <translation>El catálogo no recoge ningún supuesto sobre cuándo se nota la aportación del %1.</translation>
    </message>
    <message>
        <source>%1: no effect yet, by the catalog&apos;s illustrative assumption. %2</source>
        <translation>%1: todavía sin efecto, según el supuesto ilustrativo del catálogo. %2</translation>
    </message>
    <message>
        <source>%1: about %2 of its full effect, by the catalog&apos;s illustrative assumption. %3</source>
        <translation>%1: alrededor del %2 de su efecto pleno, según el supuesto ilustrativo del catálogo. %3</translation>
    </message>
    <message>
        <source>The role&apos;s measures at the %1-month review:</source>
        <translation>Los indicadores del rol en la revisión de los %1 meses:</translation>
    </message>
</context>
<context>
    <name>FollowerChartBuilder</name>
    <message>
        <source>Tick &quot;Followers&quot; to compare your expectation with what is realistic</source>
        <translation>Marque «Seguidores» para comparar su expectativa con lo que es realista</translation>
    </message>
    <message>
        <source>No growth assumption for the %1</source>
        <translation>No hay ningún supuesto de crecimiento para el %1</translation>
    </message>
    <message>
        <source>Choose a role to see what is realistic</source>
        <translation>Elija un rol para ver qué es realista</translation>
    </message>
    <message>
        <source>Followers: yours vs. the %1&apos;s assumed range</source>
        <translation>Seguidores: su expectativa frente al rango supuesto del %1</translation>
    </message>
    <message>
        <source>You expect</source>
        <translation>Su expectativa</translation>
    </message>
    <message>
        <source>Low: %1 %/mo</source>
        <translation>Bajo: %1 %/mes</translation>
    </message>
    <message>
        <source>High: %1 %/mo</source>
        <translation>Alto: %1 %/mes</translation>
    </message>
    <message>
        <source>Weeks from now</source>
        <translation>Semanas a partir de hoy</translation>
    </message>
    <message>
        <source>Your expected follower count, a solid line, against the high (dashed) and the low (dotted) growth assumed for the role, week by week up to your date.</source>
        <translation>El número de seguidores que espera, en línea continua, frente al crecimiento alto (discontinuo) y bajo (punteado) que se supone para el rol, semana a semana hasta su fecha.</translation>
    </message>
</context>
<context>
    <name>HiringDocuments</name>
    <message>
        <source>Job post</source>
        <translation>Oferta de empleo</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Ficha de evaluación</translation>
    </message>
    <message>
        <source>Scope of work</source>
        <translation>Alcance del trabajo</translation>
    </message>
    <message>
        <source>Expectations agreement</source>
        <translation>Acuerdo de expectativas</translation>
    </message>
    <message>
        <source>First 90 days plan</source>
        <translation>Plan de los primeros 90 días</translation>
    </message>
</context>
<context>
    <name>HiringPlan</name>
    <message>
        <source>Hire</source>
        <extracomment>A step of the hiring plan, a verb: employ the role.</extracomment>
        <translation>Contratar</translation>
    </message>
    <message>
        <source>Engage for a campaign</source>
        <translation>Colaborar en una campaña</translation>
    </message>
    <message>
        <source>Contract out or leave out</source>
        <translation>Externalizar o dejar fuera</translation>
    </message>
</context>
<context>
    <name>HtmlRenderer</name>
    <message>
        <source>Numbers in brackets refer to this list; point at a number to read the exact words it stands for.</source>
        <translation>Los números entre corchetes remiten a esta lista; sitúe el puntero sobre un número para leer las palabras exactas a las que corresponde.</translation>
    </message>
    <message>
        <source>Hover over or click a reference number to read the exact statement; from the keyboard, reach it with the arrow keys and press Return.</source>
        <translation>Sitúe el puntero sobre un número de referencia o haga clic en él para leer la afirmación exacta; con el teclado, llegue a él con las teclas de flecha y pulse Intro.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
</context>
<context>
    <name>JobPostDocument</name>
    <message>
        <source>Job post</source>
        <translation>Oferta de empleo</translation>
    </message>
    <message>
        <source>Job post: %1</source>
        <translation>Oferta de empleo: %1</translation>
    </message>
    <message>
        <source>Every line is the catalog&apos;s, with its sources: edit the wording, not the scope.</source>
        <translation>Cada línea procede del catálogo, con sus fuentes: modifique la redacción, no el alcance.</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>El puesto</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>What you will do</source>
        <translation>Sus funciones</translation>
    </message>
    <message>
        <source>What you bring</source>
        <translation>Lo que usted aporta</translation>
    </message>
    <message>
        <source>How success will be measured</source>
        <translation>Cómo se medirá el éxito</translation>
    </message>
    <message>
        <source>The role&apos;s measures, most weighty first, with what to expect by each review. Ranges are assumptions to agree on, not promises; where no range is given, the first month sets the baseline and the trend is judged.</source>
        <translation>Los indicadores del rol, de mayor a menor peso, con lo que cabe esperar en cada revisión. Los rangos son supuestos que hay que acordar, no promesas; cuando no se da ningún rango, el primer mes marca la base y se evalúa la tendencia.</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Relación laboral</translation>
    </message>
    <message>
        <source>(kept at the owner&apos;s request: the advice gives it to the %1)</source>
        <translation>(se mantiene a petición del propietario: las recomendaciones se lo atribuyen al %1)</translation>
    </message>
    <message>
        <source>Also asked of this hire, though not the role&apos;s work</source>
        <translation>También se pide a esta persona, aunque no es trabajo del rol</translation>
    </message>
    <message>
        <source>Not part of this role</source>
        <translation>No forma parte de este puesto</translation>
    </message>
    <message>
        <source>The catalog lists nothing this role does not do.</source>
        <translation>El catálogo no recoge nada que este rol no haga.</translation>
    </message>
</context>
<context>
    <name>JsonLimits</name>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>el archivo no es UTF-8 válido</translation>
    </message>
    <message>
        <source>a string is longer than %1 bytes</source>
        <translation>una cadena supera los %1 bytes</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>el anidamiento supera los %1 niveles</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top</source>
        <translation>se esperaba un objeto JSON en el nivel superior</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (expected one of: %2)</source>
        <translation>campo desconocido «%1» (se esperaba uno de: %2)</translation>
    </message>
    <message>
        <source>null is not a value: give one or leave the field out</source>
        <translation>null no es un valor: indique uno u omita el campo</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>falta un campo obligatorio</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>se esperaba %1, se encontró %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (lower-case letters and digits joined by hyphens)</source>
        <translation>«%1» no es un id válido (letras minúsculas y dígitos unidos por guiones)</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>una cadena no vacía</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>se esperaba un número entero, se encontró %1</translation>
    </message>
    <message>
        <source>%1 is far too large (whole numbers up to %2)</source>
        <translation>%1 es demasiado grande (números enteros hasta %2)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>rolelens: cannot write the screenshot %1</source>
        <translation>rolelens: no se puede escribir la captura de pantalla %1</translation>
    </message>
    <message>
        <source>rolelens: cannot open the window: %1. Run it under a desktop session or &apos;xvfb-run -a rolelens&apos;, or use the command line: &apos;rolelens --help&apos;.</source>
        <translation>rolelens: no se puede abrir la ventana: %1. Ejecútelo en una sesión de escritorio o con «xvfb-run -a rolelens», o use la línea de comandos: «rolelens --help».</translation>
    </message>
    <message>
        <source>RoleLens</source>
        <translation>RoleLens</translation>
    </message>
    <message>
        <source>The catalog could not be loaded:

%1</source>
        <translation>No se pudo cargar el catálogo:

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
        <translation>Mapa de roles</translation>
    </message>
    <message>
        <source>How the roles relate</source>
        <translation>Cómo se relacionan los roles</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>How the roles relate, as the catalog says</source>
        <translation>Cómo se relacionan los roles, según el catálogo</translation>
    </message>
    <message>
        <source>Supervises: the arrow points to the role supervised; the box says what the catalog says of the line, and on what condition</source>
        <translation>Supervisa: la flecha apunta al rol supervisado; el recuadro indica lo que dice el catálogo de la línea y en qué condición</translation>
    </message>
    <message>
        <source>Handled by: the arrow points to the role that does work the other does not</source>
        <translation>Lo hace otro rol: la flecha apunta al rol que hace un trabajo que el otro no hace</translation>
    </message>
    <message>
        <source>The articles disagree about these roles</source>
        <translation>Los artículos discrepan sobre estos roles</translation>
    </message>
    <message>
        <source>Click a role to open its profile. Point at a role to highlight its lines, and at a line for what it stands for and its sources.</source>
        <translation>Haga clic en un rol para abrir su perfil. Sitúe el puntero sobre un rol para resaltar sus líneas, y sobre una línea para ver qué representa y sus fuentes.</translation>
    </message>
</context>
<context>
    <name>MapToolTip</name>
    <message>
        <source>%1 supervises %2</source>
        <translation>%1 supervisa a %2</translation>
    </message>
    <message>
        <source>Work the %1 does not do, or not usually, and the %2 does</source>
        <translation>Trabajo que el rol «%1» no hace, o no suele hacer, y que hace el rol «%2»</translation>
    </message>
    <message>
        <source>Where the articles disagree about the %1 and the %2</source>
        <translation>En qué discrepan los artículos sobre los roles «%1» y «%2»</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Both roles name the line; the catalog says nothing more of it.</source>
        <translation>Ambos roles mencionan esta línea; el catálogo no dice nada más al respecto.</translation>
    </message>
    <message>
        <source>Click, or press Enter, to open its profile.</source>
        <translation>Haga clic, o pulse Intro, para abrir su perfil.</translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
</context>
<context>
    <name>MetricChartBuilder</name>
    <message>
        <source>Weight (1-5)</source>
        <translation>Peso (1-5)</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Fórmula:</translation>
    </message>
    <message>
        <source>Primary emphasis</source>
        <translation>Énfasis principal</translation>
    </message>
    <message>
        <source>Secondary emphasis</source>
        <translation>Énfasis secundario</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secundario</translation>
    </message>
    <message>
        <source>What %1 is judged by</source>
        <translation>Criterios de evaluación: %1</translation>
    </message>
    <message>
        <source>Not a measure of this role</source>
        <translation>No es un indicador de este rol</translation>
    </message>
    <message>
        <source>Weeks after the hire or the start of the collaboration</source>
        <translation>Semanas desde la contratación o el inicio de la colaboración</translation>
    </message>
    <message>
        <source>%d%</source>
        <extracomment>The percent axis&apos; labels, printf-style: %d is the number. Write the sign as the language does (&quot;%d %&quot; with a space in German and French), in ASCII only: Qt Charts shows a no-break space as a replacement character.</extracomment>
        <translation>%d %</translation>
    </message>
    <message>
        <source>Bars of the weight, from 1 to 5, of each metric the role is judged by: filled for a primary emphasis, outlined for a secondary one.</source>
        <translation>Barras con el peso, de 1 a 5, de cada métrica por la que se evalúa el rol: rellenas si el énfasis es principal, solo contorneadas si es secundario.</translation>
    </message>
    <message>
        <source>Bars of the weight, from 1 to 5, of each metric for each compared role, each role in a colour and a fill of its own; an outlined bar marks a secondary emphasis.</source>
        <translation>Barras con el peso, de 1 a 5, de cada métrica para cada rol comparado, cada rol con su propio color y relleno; una barra solo contorneada indica un énfasis secundario.</translation>
    </message>
    <message>
        <source>One curve for each role, each with a dash pattern and a marker shape of its own: the share of its full effect expected week by week over the first year, from assumptions.</source>
        <translation>Una curva por rol, cada una con su propio trazo y su propia forma de marcador: la parte de su efecto completo que se espera semana a semana durante el primer año, según supuestos.</translation>
    </message>
    <message>
        <source>Success metrics by role (outlined bar: secondary emphasis)</source>
        <translation>Métricas de éxito por rol (barra contorneada: énfasis secundario)</translation>
    </message>
    <message>
        <source>What each role is mainly judged by (outlined bar: secondary emphasis)</source>
        <translation>Por qué se evalúa principalmente cada rol (barra contorneada: énfasis secundario)</translation>
    </message>
    <message>
        <source>Expected results over time: share of the full effect (assumptions)</source>
        <translation>Resultados esperados a lo largo del tiempo: parte del efecto completo (supuestos)</translation>
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
        <translation>Id: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <source>Also called: %1</source>
        <translation>Otros nombres: %1</translation>
    </message>
    <message>
        <source>Role profile</source>
        <translation>Perfil del rol</translation>
    </message>
    <message>
        <source>What this role is for, how it is judged and what it does not do: to agree on realistic expectations before the hire.</source>
        <translation>Para qué sirve este rol, cómo se evalúa y qué no hace: para acordar expectativas realistas antes de contratar.</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsabilidades</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Expected results over time (assumptions)</source>
        <translation>Resultados esperados a lo largo del tiempo (supuestos)</translation>
    </message>
    <message>
        <source>Expected results are assumptions, not measurements or promises: the values are illustrative, shaped by what the sources say about when the role&apos;s contribution shows.</source>
        <translation>Los resultados esperados son supuestos, no mediciones ni promesas: los valores son ilustrativos y se basan en lo que dicen las fuentes sobre cuándo se nota la aportación del rol.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation>Métricas de éxito</translation>
    </message>
    <message>
        <source>Weight 1-5: how much the role is judged by the metric; primary metrics are what the role is mainly judged by.</source>
        <translation>Peso 1-5: en qué medida se evalúa el rol por la métrica; las métricas principales son aquellas por las que se evalúa principalmente el rol.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Emphasis</source>
        <translation>Énfasis</translation>
    </message>
    <message>
        <source>Weight (1-5)</source>
        <translation>Peso (1-5)</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definición</translation>
    </message>
    <message>
        <source>no role the articles name</source>
        <translation>ningún rol que mencionen los artículos</translation>
    </message>
    <message>
        <source>Place in the organisation</source>
        <translation>Posición en la organización</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Depende de</translation>
    </message>
    <message>
        <source>Supervises</source>
        <translation>Supervisa a</translation>
    </message>
    <message>
        <source>What this role does not do, and who does</source>
        <translation>Qué no hace este rol y quién lo hace</translation>
    </message>
    <message>
        <source>Misconceptions</source>
        <translation>Ideas erróneas</translation>
    </message>
    <message>
        <source>Belief:</source>
        <translation>Creencia:</translation>
    </message>
    <message>
        <source>Reality:</source>
        <translation>Realidad:</translation>
    </message>
    <message>
        <source>Where the sources disagree</source>
        <translation>Dónde discrepan las fuentes</translation>
    </message>
    <message>
        <source>The catalog lists nothing this role is commonly, and wrongly, expected to do.</source>
        <translation>El catálogo no recoge nada que se espere habitualmente, y por error, de este rol.</translation>
    </message>
    <message>
        <source>Formula: %1.</source>
        <translation>Fórmula: %1.</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principal</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secundario</translation>
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
        <translation>iguales</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>different</source>
        <translation>distintos</translation>
    </message>
    <message>
        <source>%1; apart: %2</source>
        <translation>%1; aparte: %2</translation>
    </message>
</context>
<context>
    <name>ResultCurve</name>
    <message>
        <source>First effect after %1, full effect %2 later</source>
        <translation>Primer efecto al cabo de %1, efecto pleno %2 después</translation>
    </message>
    <message>
        <source>; it holds %1, then halves every %2.</source>
        <translation>; se mantiene %1 y luego se reduce a la mitad cada %2.</translation>
    </message>
    <message>
        <source>; it then lasts.</source>
        <translation>; a partir de ahí, perdura.</translation>
    </message>
</context>
<context>
    <name>RoleLensFile</name>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>is a folder, not a scenario or catalog file</source>
        <translation>es una carpeta, no un archivo de escenario ni de catálogo</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is the translation of a catalog file, read with the file beside it; open that file instead</source>
        <translation>es la traducción de un archivo de catálogo y se lee con el archivo que tiene al lado; abra ese archivo</translation>
    </message>
    <message>
        <source>is not a RoleLens scenario or catalog (its &quot;format&quot; is &quot;%1&quot;)</source>
        <translation>no es un escenario ni un catálogo de RoleLens (su «format» es «%1»)</translation>
    </message>
    <message>
        <source>is not a RoleLens scenario or catalog (no &quot;format&quot; field names one)</source>
        <translation>no es un escenario ni un catálogo de RoleLens (ningún campo «format» lo indica)</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Solo (just the owner)</source>
        <translation>Unipersonal (solo el propietario)</translation>
    </message>
    <message>
        <source>Small (up to 10 people)</source>
        <translation>Pequeño (hasta 10 personas)</translation>
    </message>
    <message>
        <source>Medium (10 to 250 people)</source>
        <translation>Mediano (de 10 a 250 personas)</translation>
    </message>
    <message>
        <source>Large (over 250 people)</source>
        <translation>Grande (más de 250 personas)</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Sin indicar</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>is a folder, not a scenario file</source>
        <translation>es una carpeta, no un archivo de escenario</translation>
    </message>
    <message>
        <source>is %1 bytes; scenario files are limited to %2 bytes</source>
        <translation>ocupa %1 bytes; los archivos de escenario están limitados a %2 bytes</translation>
    </message>
    <message>
        <source>expected &quot;rolelens-scenario&quot;, found &quot;%1&quot;</source>
        <translation>se esperaba «rolelens-scenario», se encontró «%1»</translation>
    </message>
    <message>
        <source>version %1 is not supported (this program reads version %2)</source>
        <translation>la versión %1 no es compatible (este programa lee la versión %2)</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>métrica</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; (did you mean: %3?)</source>
        <translation>valor de %1 desconocido: «%2» (¿quiso decir %3?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>«%1» aparece dos veces</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>tiene %1 caracteres; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>%1 is out of range (expected %2 to %3)</source>
        <translation>%1 está fuera de rango (se esperaba de %2 a %3)</translation>
    </message>
    <message>
        <source>%1 is out of range (expected 0 to %2)</source>
        <translation>%1 está fuera de rango (se esperaba de 0 a %2)</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (did you mean: %2?)</source>
        <translation>rol desconocido «%1» (¿quiso decir %2?)</translation>
    </message>
    <message>
        <source>expected solo, small, medium or large, found &quot;%1&quot;</source>
        <translation>se esperaba solo, small, medium o large, se encontró «%1»</translation>
    </message>
    <message>
        <source>expected a three-letter currency code such as EUR, found &quot;%1&quot;</source>
        <translation>se esperaba un código de moneda de tres letras, como EUR, se encontró «%1»</translation>
    </message>
    <message>
        <source>expected 0 &lt;= lowPercentPerMonth &lt;= highPercentPerMonth &lt;= 1000, found %1 and %2</source>
        <translation>se esperaba 0 &lt;= lowPercentPerMonth &lt;= highPercentPerMonth &lt;= 1000, se encontró %1 y %2</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot; (the keys are metric ids, such as engagement-rate)</source>
        <translation>métrica desconocida «%1» (las claves son ids de métricas, como engagement-rate)</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>se esperaba una fecha con el formato AAAA-MM-DD, se encontró «%1»</translation>
    </message>
    <message>
        <source>holds %1 terms; at most %2 are allowed</source>
        <translation>contiene %1 cláusulas; se permiten como máximo %2</translation>
    </message>
</context>
<context>
    <name>ScopeOfWorkDocument</name>
    <message>
        <source>Scope of work</source>
        <translation>Alcance del trabajo</translation>
    </message>
    <message>
        <source>Scope of work: %1</source>
        <translation>Alcance del trabajo: %1</translation>
    </message>
    <message>
        <source>Annex to the contract: what is in scope, what is not and who does it, and how the work is judged and when.</source>
        <translation>Anexo al contrato: qué entra en el alcance, qué no y quién lo hace, y cómo y cuándo se evalúa el trabajo.</translation>
    </message>
    <message>
        <source>Out of scope, and who does it instead</source>
        <translation>Fuera del alcance, y quién lo hace en su lugar</translation>
    </message>
    <message>
        <source>The catalog lists nothing this role does not do.</source>
        <translation>El catálogo no recoge nada que este rol no haga.</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Conformidad</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Dentro del alcance</translation>
    </message>
    <message>
        <source>What the owner engages the hire for:</source>
        <translation>Lo que el propietario encarga a la persona contratada:</translation>
    </message>
</context>
<context>
    <name>ScorecardDocument</name>
    <message>
        <source>Scorecard</source>
        <translation>Ficha de evaluación</translation>
    </message>
    <message>
        <source>Scorecard: %1</source>
        <translation>Ficha de evaluación: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Misión</translation>
    </message>
    <message>
        <source>What this role is not:</source>
        <translation>Lo que este rol no es:</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>The role&apos;s measures, most weighty first, with what to expect by each review. Ranges are assumptions to agree on, not promises; where no range is given, the first month sets the baseline and the trend is judged. Rate each outcome at the review.</source>
        <translation>Los indicadores del rol, de mayor a menor peso, con lo que cabe esperar en cada revisión. Los rangos son supuestos que hay que acordar, no promesas; cuando no se da ningún rango, el primer mes marca la base y se evalúa la tendencia. Puntúe cada resultado en la revisión.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Owner&apos;s target</source>
        <translation>Meta del propietario</translation>
    </message>
    <message>
        <source>Rating (1-5)</source>
        <translation>Puntuación (1-5)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Left out: %1 of the role&apos;s measures, the least weighty; a scorecard holds at most eight outcomes.</source>
        <translation>Omitidos: %1 de los indicadores del rol, los de menor peso; una ficha de evaluación recoge como máximo ocho resultados.</translation>
    </message>
    <message>
        <source>The catalog gives fewer than three measures for this role.</source>
        <translation>El catálogo recoge menos de tres indicadores para este rol.</translation>
    </message>
    <message>
        <source>Beyond the realistic range: %1</source>
        <translation>Fuera del rango realista: %1</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>The catalog lists no skills for this role.</source>
        <translation>El catálogo no recoge habilidades para este rol.</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competencia</translation>
    </message>
</context>
<context>
    <name>SearchTerms</name>
    <message>
        <source>expected &quot;rolelens-search-terms&quot;, found &quot;%1&quot;</source>
        <translation>se esperaba «rolelens-search-terms», se encontró «%1»</translation>
    </message>
    <message>
        <source>version %1 is not supported (this program reads version %2)</source>
        <translation>la versión %1 no es compatible (este programa lee la versión %2)</translation>
    </message>
    <message>
        <source>a term needs at least one letter or digit</source>
        <translation>un término necesita al menos una letra o un dígito</translation>
    </message>
    <message>
        <source>a group needs at least two terms</source>
        <translation>un grupo necesita al menos dos términos</translation>
    </message>
</context>
<context>
    <name>SelfCheckDocument</name>
    <message>
        <source>Which role fits what you can do</source>
        <translation>Qué rol encaja con lo que sabe hacer</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>A reading of the catalog, not a test of aptitude: each role is ranked by how many of the skills its sources list you rate &quot;some&quot; (1 point) or &quot;strong&quot; (2 points), out of 2 points for each skill.</source>
        <translation>Una lectura del catálogo, no una prueba de aptitud: cada rol se ordena según cuántas de las habilidades que citan sus fuentes valora usted como «básica» (1 punto) o «sólida» (2 puntos), sobre 2 puntos por habilidad.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Skills you have</source>
        <translation>Habilidades que tiene</translation>
    </message>
    <message>
        <source>Skills to learn</source>
        <translation>Habilidades por aprender</translation>
    </message>
    <message>
        <source>Mainly judged by: %1</source>
        <translation>Se evalúa sobre todo por: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>Each kind of work you prefer counts 2 points when the role&apos;s description in the catalog involves it; the sources cited are those of that description.</source>
        <translation>Cada tipo de trabajo que prefiere cuenta 2 puntos cuando la descripción del rol en el catálogo lo incluye; las fuentes citadas son las de esa descripción.</translation>
    </message>
    <message>
        <source>None of it</source>
        <translation>Nada de eso</translation>
    </message>
    <message>
        <source>Work you prefer that it involves</source>
        <translation>Trabajo que prefiere y que implica</translation>
    </message>
    <message>
        <source>Nothing answered yet: rate the skills you have and choose the kinds of work you prefer, and the roles are ranked by how far they match. Until then, each role below shows every skill its sources list.</source>
        <translation>Aún no hay respuestas: valore las habilidades que tiene y elija los tipos de trabajo que prefiere, y los roles se ordenarán según cuánto coinciden. Mientras tanto, cada rol muestra abajo todas las habilidades que citan sus fuentes.</translation>
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
        <translation>Creado con RoleLens %1. Las afirmaciones citan sus fuentes; los supuestos están señalados.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
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
        <translation>Los números entre corchetes remiten a esta lista. RoleLens muestra las palabras exactas en las que se basa cada afirmación: en su ventana, sitúe el puntero sobre el número o selecciónelo.</translation>
    </message>
</context>
<context>
    <name>SignatureLines</name>
    <message>
        <source>%1 — name: _______________  signature: _______________  date: _________</source>
        <translation>%1 — nombre: _______________  firma: _______________  fecha: _________</translation>
    </message>
</context>
<context>
    <name>SourceItems</name>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>An illustrative assumption, not a quotation.</source>
        <translation>Un supuesto ilustrativo, no una cita.</translation>
    </message>
    <message>
        <source>General practice; no quotation.</source>
        <translation>Práctica habitual; sin cita.</translation>
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
        <translation>Datos: %1.</translation>
    </message>
    <message>
        <source>Sample: %1.</source>
        <translation>Muestra: %1.</translation>
    </message>
    <message>
        <source> (published benchmark)</source>
        <translation> (valor de referencia publicado)</translation>
    </message>
    <message>
        <source> (article)</source>
        <translation> (artículo)</translation>
    </message>
</context>
<context>
    <name>Tag</name>
    <message>
        <source>brand presence</source>
        <translation>presencia de marca</translation>
    </message>
    <message>
        <source>audience influence</source>
        <translation>influencia en la audiencia</translation>
    </message>
    <message>
        <source>product promotion</source>
        <translation>promoción de productos</translation>
    </message>
    <message>
        <source>lead and sales generation</source>
        <translation>generación de leads y ventas</translation>
    </message>
    <message>
        <source>community building</source>
        <translation>creación de comunidad</translation>
    </message>
    <message>
        <source>web presence</source>
        <translation>presencia web</translation>
    </message>
    <message>
        <source>marketing direction</source>
        <translation>dirección de marketing</translation>
    </message>
    <message>
        <source>reputation management</source>
        <translation>gestión de la reputación</translation>
    </message>
    <message>
        <source>customer support</source>
        <translation>atención al cliente</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>administración</translation>
    </message>
    <message>
        <source>content creation</source>
        <translation>creación de contenido</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>estrategia</translation>
    </message>
    <message>
        <source>execution</source>
        <translation>ejecución</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>analítica</translation>
    </message>
    <message>
        <source>paid advertising</source>
        <translation>publicidad de pago</translation>
    </message>
    <message>
        <source>community interaction</source>
        <translation>interacción con la comunidad</translation>
    </message>
    <message>
        <source>technical maintenance</source>
        <translation>mantenimiento técnico</translation>
    </message>
    <message>
        <source>media relations</source>
        <translation>relaciones con los medios</translation>
    </message>
    <message>
        <source>issue resolution</source>
        <translation>resolución de incidencias</translation>
    </message>
    <message>
        <source>administrative tasks</source>
        <translation>tareas administrativas</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>empleado</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agencia</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>autónomo</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>por contrato</translation>
    </message>
    <message>
        <source>personal connection</source>
        <translation>conexión personal</translation>
    </message>
    <message>
        <source>brand voice</source>
        <translation>voz de marca</translation>
    </message>
    <message>
        <source>two-way</source>
        <translation>bidireccional</translation>
    </message>
    <message>
        <source>one-way</source>
        <translation>unidireccional</translation>
    </message>
    <message>
        <source>targeted campaigns</source>
        <translation>campañas segmentadas</translation>
    </message>
    <message>
        <source>one-to-one support</source>
        <translation>atención personalizada</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirecto</translation>
    </message>
    <message>
        <source>salary</source>
        <translation>salario</translation>
    </message>
    <message>
        <source>contract fees</source>
        <translation>honorarios por contrato</translation>
    </message>
    <message>
        <source>service fees</source>
        <translation>tarifas por servicio</translation>
    </message>
    <message>
        <source>brand partnerships</source>
        <translation>colaboraciones con marcas</translation>
    </message>
    <message>
        <source>sponsored content</source>
        <translation>contenido patrocinado</translation>
    </message>
    <message>
        <source>affiliate marketing</source>
        <translation>marketing de afiliación</translation>
    </message>
    <message>
        <source>own products</source>
        <translation>productos propios</translation>
    </message>
    <message>
        <source>audience size</source>
        <translation>tamaño de la audiencia</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>engagement</translation>
    </message>
    <message>
        <source>visibility</source>
        <translation>visibilidad</translation>
    </message>
    <message>
        <source>traffic</source>
        <translation>tráfico</translation>
    </message>
    <message>
        <source>conversion</source>
        <translation>conversión</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>ingresos</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>sentimiento</translation>
    </message>
    <message>
        <source>service</source>
        <translation>calidad del servicio</translation>
    </message>
    <message>
        <source>operations</source>
        <translation>operaciones</translation>
    </message>
    <message>
        <source>immediate</source>
        <translation>inmediato</translation>
    </message>
    <message>
        <source>short-term</source>
        <translation>a corto plazo</translation>
    </message>
    <message>
        <source>long-term</source>
        <translation>a largo plazo</translation>
    </message>
    <message>
        <source>strategic</source>
        <translation>estratégico</translation>
    </message>
    <message>
        <source>tactical</source>
        <translation>táctico</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>operativo</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>independiente</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>miembro del equipo</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>supervised</source>
        <translation>supervisado</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>Roles: %1. Show one with: rolelens show ID</source>
        <translation>Roles: %1. Para ver uno: rolelens show ID</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>rolelens: unknown role &quot;%1&quot;; did you mean: %2?</source>
        <translation>rolelens: rol desconocido «%1»; ¿quiso decir %2?</translation>
    </message>
</context>
<context>
    <name>rolelens::AboutDialog</name>
    <message>
        <source>About RoleLens</source>
        <translation>Acerca de RoleLens</translation>
    </message>
    <message>
        <source>RoleLens %1</source>
        <translation>RoleLens %1</translation>
    </message>
    <message>
        <source>A hiring-expectations advisor: what each role is for, how it is judged, and what it does not do, with every statement citing its source.</source>
        <translation>Un asesor de expectativas de contratación: para qué sirve cada rol, cómo se evalúa y qué no hace, con la fuente de cada afirmación.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message numerus="yes">
        <source>The role profiles, the comparisons and the advice cite these %n article(s), statement by statement:</source>
        <translation>
            <numerusform>Los perfiles de los roles, las comparaciones y las recomendaciones citan, afirmación por afirmación, este artículo:</numerusform>
            <numerusform>Los perfiles de los roles, las comparaciones y las recomendaciones citan, afirmación por afirmación, estos %n artículos:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The advice&apos;s targets also quote %n published benchmark report(s), each named beside its figures.</source>
        <translation>
            <numerusform>Las metas de las recomendaciones citan además %n informe sectorial publicado con valores de referencia, nombrado junto a sus cifras.</numerusform>
            <numerusform>Las metas de las recomendaciones citan además %n informes sectoriales publicados con valores de referencia, cada uno nombrado junto a sus cifras.</numerusform>
        </translation>
    </message>
    <message>
        <source>What is labelled general practice, and the figures labelled as illustrative assumptions, are the RoleLens authors&apos; own, not the articles&apos;.</source>
        <translation>Lo que se marca como práctica habitual, y las cifras marcadas como supuestos ilustrativos, son de los autores de RoleLens, no de los artículos.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>RoleLens is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License (GPL) as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with no warranty. The licence is in the file LICENSE of its source code, and at %1.</source>
        <translation>RoleLens es software libre: puede redistribuirlo y/o modificarlo según los términos de la GNU General Public License (GPL) publicada por la Free Software Foundation, ya sea la versión 3 de la licencia o (a su elección) cualquier versión posterior. Se ofrece sin ninguna garantía. La licencia está en el archivo LICENSE de su código fuente y en %1.</translation>
    </message>
    <message>
        <source>Built with Qt %1, used under the GNU Lesser General Public License version 3 (Qt Charts under the GNU General Public License version 3), and with spdlog and {fmt}, used under the MIT licence.</source>
        <translation>Creado con Qt %1, usado bajo la GNU Lesser General Public License versión 3 (Qt Charts, bajo la GNU General Public License versión 3), y con spdlog y {fmt}, usados bajo la licencia MIT.</translation>
    </message>
</context>
<context>
    <name>rolelens::AdvisorView</name>
    <message>
        <source>Your scenario</source>
        <translation>Su escenario</translation>
    </message>
    <message>
        <source>Hiring plan and ranking</source>
        <translation>Plan de contratación y clasificación</translation>
    </message>
    <message>
        <source>Hiring plan</source>
        <translation>Plan de contratación</translation>
    </message>
    <message>
        <source>Roles that fit, ranked</source>
        <translation>Roles por encaje</translation>
    </message>
    <message>
        <source>What to look out for</source>
        <translation>A qué prestar atención</translation>
    </message>
    <message>
        <source>What to judge the hire by instead</source>
        <translation>Cómo evaluar, en cambio, a la persona contratada</translation>
    </message>
    <message>
        <source>Follower chart</source>
        <translation>Gráfico de seguidores</translation>
    </message>
    <message>
        <source>The hiring plan, and the roles ranked by how well they fit, a tab each.</source>
        <translation>El plan de contratación y los roles ordenados según lo bien que encajan, cada uno en su pestaña.</translation>
    </message>
</context>
<context>
    <name>rolelens::AssumptionTableModel</name>
    <message>
        <source>restore the catalog&apos;s assumptions</source>
        <translation>restauración de los supuestos del catálogo</translation>
    </message>
    <message>
        <source>lasts</source>
        <extracomment>A half-life cell without a value: the effect never fades.</extracomment>
        <translation>perdura</translation>
    </message>
    <message>
        <source>Changed from the catalog&apos;s value (%1)</source>
        <translation>Modificado respecto al valor del catálogo (%1)</translation>
    </message>
    <message>
        <source>The catalog&apos;s value: an assumption, not a measurement</source>
        <translation>Valor del catálogo: un supuesto, no una medición</translation>
    </message>
    <message>
        <source>change the %1 of the %2</source>
        <translation>cambio de %1 del %2</translation>
    </message>
    <message>
        <source>A hold only means something before the effect fades: give a half-life first (without one the effect lasts).</source>
        <translation>El mantenimiento solo tiene sentido antes de que el efecto se atenúe: indique primero una vida media (sin ella, el efecto perdura).</translation>
    </message>
    <message>
        <source>The start delay must be 0 to %1 weeks.</source>
        <translation>El retraso inicial debe ser de 0 a %1 semanas.</translation>
    </message>
    <message>
        <source>The ramp must be more than 0 weeks (at most %1).</source>
        <translation>La subida debe durar más de 0 semanas (como máximo %1).</translation>
    </message>
    <message>
        <source>The hold must be 0 to %1 weeks.</source>
        <translation>El mantenimiento debe durar de 0 a %1 semanas.</translation>
    </message>
    <message>
        <source>The half-life must be more than 0 weeks (at most %1); leave it empty for an effect that lasts.</source>
        <translation>La vida media debe ser de más de 0 semanas (como máximo %1); déjela vacía para un efecto que perdura.</translation>
    </message>
    <message>
        <source>start delay</source>
        <translation>retraso inicial</translation>
    </message>
    <message>
        <source>ramp</source>
        <translation>subida</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>mantenimiento</translation>
    </message>
    <message>
        <source>half-life</source>
        <translation>vida media</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Start delay (weeks)</source>
        <translation>Retraso inicial (semanas)</translation>
    </message>
    <message>
        <source>Ramp to full effect (weeks)</source>
        <translation>Subida al efecto pleno (semanas)</translation>
    </message>
    <message>
        <source>Hold (weeks)</source>
        <translation>Mantenimiento (semanas)</translation>
    </message>
    <message>
        <source>Half-life (weeks)</source>
        <translation>Vida media (semanas)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
</context>
<context>
    <name>rolelens::BrowseView</name>
    <message>
        <source>Search roles, skills, metrics…</source>
        <translation>Buscar roles, habilidades, métricas…</translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation>Buscar roles</translation>
    </message>
    <message>
        <source>Number of matching roles</source>
        <translation>Número de roles que coinciden</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Add to comparison</source>
        <translation>Añadir a la comparación</translation>
    </message>
    <message>
        <source>Finds other forms of a word (managing, manager, réseaux, réseau), typed with or without accents, abbreviations (ads, PR, SEO) and the trade&apos;s words in English, German, Spanish and French (advertising, Werbung, publicidad, publicité). Return opens the highlighted role; Esc clears the search.</source>
        <translation>Encuentra otras formas de una palabra (managing, manager, réseaux, réseau), escrita con o sin tildes, abreviaturas (ads, PR, SEO) y las palabras del oficio en inglés, alemán, español y francés (advertising, Werbung, publicidad, publicité). Intro abre el rol resaltado; Esc borra la búsqueda.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n role(s) match</source>
        <extracomment>%1: the roles that match; %n: all the roles.</extracomment>
        <translation>
            <numerusform>%1 de %n rol coincide</numerusform>
            <numerusform>%1 de %n roles coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>The roles that match the search and the category; the highlighted one&apos;s profile shows beside the list.</source>
        <translation>Los roles que coinciden con la búsqueda y la categoría; junto a la lista se muestra el perfil del rol resaltado.</translation>
    </message>
    <message>
        <source>Lists only the roles that match what you type; Return opens the highlighted role, Esc clears the search.</source>
        <translation>Muestra solo los roles que coinciden con lo que escribe; Intro abre el rol resaltado y Esc borra la búsqueda.</translation>
    </message>
</context>
<context>
    <name>rolelens::CatalogLoadingPage</name>
    <message>
        <source>Loading the catalog…</source>
        <translation>Cargando el catálogo…</translation>
    </message>
    <message>
        <source>Catalog loading progress</source>
        <translation>Progreso de carga del catálogo</translation>
    </message>
    <message>
        <source>Closing the window stops loading.</source>
        <translation>Si cierra la ventana, se detiene la carga.</translation>
    </message>
    <message>
        <source>Checking that every reference resolves…</source>
        <translation>Comprobando que todas las referencias se resuelven…</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3 MB)</source>
        <translation>Leyendo %1 (%2 de %3 MB)</translation>
    </message>
</context>
<context>
    <name>rolelens::CategoryFilter</name>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Lists only the roles of the chosen category.</source>
        <translation>Muestra solo los roles de la categoría elegida.</translation>
    </message>
</context>
<context>
    <name>rolelens::CompareView</name>
    <message>
        <source>&amp;Add</source>
        <translation>Aña&amp;dir</translation>
    </message>
    <message>
        <source>Success metrics of the compared roles</source>
        <translation>Métricas de éxito de los roles comparados</translation>
    </message>
    <message>
        <source>Expected results over time</source>
        <translation>Resultados esperados a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Role to add to the comparison</source>
        <translation>Rol que se añadirá a la comparación</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Limpiar</translation>
    </message>
    <message>
        <source>Comparing:</source>
        <translation>Comparando:</translation>
    </message>
    <message>
        <source>Side-by-side comparison</source>
        <translation>Comparación en paralelo</translation>
    </message>
    <message>
        <source>Each role&apos;s success metrics</source>
        <translation>Métricas de éxito de cada rol</translation>
    </message>
    <message>
        <source>Comparison views</source>
        <translation>Vistas de comparación</translation>
    </message>
    <message>
        <source>Rows: a darker tint means the roles differ on it, a lighter one that they overlap, none that they are the same; &quot;apart&quot; names a role that shares nothing with the others.</source>
        <translation>Filas: un tono más oscuro indica que los roles difieren; uno más claro, que coinciden en parte; sin tono, que son iguales. «Aparte» nombra un rol que no comparte nada con los demás.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation>Métricas de éxito</translation>
    </message>
    <message>
        <source>Each role&apos;s metrics</source>
        <translation>Métricas de cada rol</translation>
    </message>
    <message>
        <source>%1 is already in the comparison.</source>
        <translation>%1 ya está en la comparación.</translation>
    </message>
    <message>
        <source>A comparison holds at most %1 roles; remove one first.</source>
        <translation>Una comparación admite como máximo %1 roles; quite uno primero.</translation>
    </message>
    <message>
        <source>add %1 to the comparison</source>
        <translation>incorporación de %1 a la comparación</translation>
    </message>
    <message>
        <source>%1 added to the comparison.</source>
        <translation>%1 se ha añadido a la comparación.</translation>
    </message>
    <message>
        <source>remove %1 from the comparison</source>
        <translation>eliminación de %1 de la comparación</translation>
    </message>
    <message>
        <source>Remove %1 from the comparison</source>
        <translation>Quitar %1 de la comparación</translation>
    </message>
    <message>
        <source>Pick two to four roles to compare: choose one in the list at the top right and press Add, or in Browse roles use &quot;Add to comparison&quot; in the role list&apos;s context menu, or Ctrl+D on a role.</source>
        <translation>Elija de dos a cuatro roles para comparar: seleccione uno en la lista de arriba a la derecha y pulse Añadir, o bien, en Explorar roles, use «Añadir a la comparación» en el menú contextual de la lista de roles, o pulse Ctrl+D sobre un rol.</translation>
    </message>
    <message>
        <source>Success metrics of %1</source>
        <translation>Métricas de éxito: %1</translation>
    </message>
    <message>
        <source>clear the comparison</source>
        <translation>limpieza de la comparación</translation>
    </message>
    <message>
        <source>Cleared the comparison; %1 brings it back.</source>
        <translation>Se ha limpiado la comparación; %1 la recupera.</translation>
    </message>
    <message>
        <source>Restored the catalog&apos;s assumptions; %1 brings yours back.</source>
        <translation>Se han restaurado los supuestos del catálogo; %1 recupera los suyos.</translation>
    </message>
    <message>
        <source>Add to the comparison</source>
        <translation>Añadir a la comparación</translation>
    </message>
    <message>
        <source>Adds the role chosen in the list beside it to the comparison.</source>
        <translation>Añade a la comparación el rol elegido en la lista de al lado.</translation>
    </message>
    <message>
        <source>The roles not in the comparison yet; Add puts the chosen one in.</source>
        <translation>Los roles que aún no están en la comparación; «Añadir» incorpora el elegido.</translation>
    </message>
    <message>
        <source>Clear the comparison</source>
        <translation>Limpiar la comparación</translation>
    </message>
    <message>
        <source>Removes every role from the comparison; Undo brings them back.</source>
        <translation>Quita todos los roles de la comparación; «Deshacer» los recupera.</translation>
    </message>
    <message>
        <source>One row for each dimension and one column for each role; a darker tint marks where the roles differ, a lighter one where they overlap.</source>
        <translation>Una fila por dimensión y una columna por rol; un tono más oscuro indica dónde difieren los roles y uno más claro, dónde se solapan.</translation>
    </message>
    <message>
        <source>A tab for each compared role, with a chart of the metrics it is judged by.</source>
        <translation>Una pestaña por rol comparado, con un gráfico de las métricas por las que se evalúa.</translation>
    </message>
    <message>
        <source>The roles side by side, their success metrics, each role&apos;s metrics and the results expected over time, a tab each.</source>
        <translation>Los roles en paralelo, sus métricas de éxito, las métricas de cada rol y los resultados esperados a lo largo del tiempo, cada uno en su pestaña.</translation>
    </message>
    <message>
        <source>Takes the role out of the comparison; Undo puts it back.</source>
        <translation>Saca el rol de la comparación; «Deshacer» lo vuelve a poner.</translation>
    </message>
</context>
<context>
    <name>rolelens::ComparisonTableModel</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Responsibilities shared by all</source>
        <translation>Responsabilidades comunes a todos</translation>
    </message>
    <message>
        <source>Responsibilities of this role only</source>
        <translation>Responsabilidades exclusivas de este rol</translation>
    </message>
    <message>
        <source>Skills shared by all</source>
        <translation>Habilidades comunes a todos</translation>
    </message>
    <message>
        <source>Skills of this role only</source>
        <translation>Habilidades exclusivas de este rol</translation>
    </message>
    <message>
        <source>Metrics shared by all</source>
        <translation>Métricas comunes a todos</translation>
    </message>
    <message>
        <source>Metrics of this role only</source>
        <translation>Métricas exclusivas de este rol</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Same: the roles carry the same tags. Overlap: some tags are shared. Different: no tag is shared.</source>
        <translation>Iguales: los roles tienen las mismas etiquetas. Parcial: comparten algunas etiquetas. Distintos: no comparten ninguna etiqueta.</translation>
    </message>
</context>
<context>
    <name>rolelens::CsvExportCommands</name>
    <message>
        <source>Export comparison as &amp;CSV…</source>
        <translation>Expor&amp;tar comparación como CSV…</translation>
    </message>
    <message>
        <source>Export targets as &amp;CSV…</source>
        <translation>Expor&amp;tar metas como CSV…</translation>
    </message>
    <message>
        <source>Export profile as &amp;CSV…</source>
        <translation>Expor&amp;tar perfil como CSV…</translation>
    </message>
    <message>
        <source>Nothing to export as CSV: no table is shown.</source>
        <translation>No hay nada que exportar como CSV: no se muestra ninguna tabla.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exportar como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n table(s)).</source>
        <translation>
            <numerusform>Guardado: %1 (%n tabla).</numerusform>
            <numerusform>Guardado: %1 (%n tablas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export self-check as &amp;CSV…</source>
        <translation>Expor&amp;tar autoevaluación como CSV…</translation>
    </message>
    <message>
        <source>Save the tables on screen as a CSV file for a spreadsheet: the comparison&apos;s, the advice&apos;s realistic targets, the profile&apos;s or the self-check&apos;s</source>
        <translation>Guardar las tablas que aparecen en pantalla como archivo CSV para una hoja de cálculo: las de la comparación, las metas realistas de las recomendaciones, las del perfil o las de la autoevaluación</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Expor&amp;tar como CSV…</translation>
    </message>
</context>
<context>
    <name>rolelens::DocumentBrowser</name>
    <message>
        <source>Open the profile of %1</source>
        <translation>Abrir el perfil de %1</translation>
    </message>
</context>
<context>
    <name>rolelens::DocumentsDialog</name>
    <message>
        <source>Documents for the hire</source>
        <translation>Documentos para la contratación</translation>
    </message>
    <message>
        <source>Documents for the hire: %1</source>
        <translation>Documentos para la contratación: %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>El documento</translation>
    </message>
    <message>
        <source>Keep in the job post anyway</source>
        <translation>Mantener en la oferta de empleo de todos modos</translation>
    </message>
    <message>
        <source>Work the advice gives to another role. Ticked, it stays in the job post, marked as kept at your request.</source>
        <translation>Trabajo que las recomendaciones atribuyen a otro rol. Si lo marca, se mantiene en la oferta de empleo, señalado como mantenido a petición suya.</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the document as formatted text and as plain text, to paste into an email or a job site</source>
        <translation>Copiar el documento como texto con formato y como texto sin formato, para pegarlo en un correo electrónico o en un portal de empleo</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation>Mantener: %1</translation>
    </message>
    <message>
        <source>%1 copied as formatted and plain text.</source>
        <translation>Copiado como texto con formato y sin formato: %1.</translation>
    </message>
    <message>
        <source>The documents for the hire; the chosen one shows beside the list.</source>
        <translation>Los documentos para la contratación; el elegido se muestra junto a la lista.</translation>
    </message>
    <message>
        <source>The chosen document as it is exported, printed or copied.</source>
        <translation>El documento elegido tal como se exporta, se imprime o se copia.</translation>
    </message>
    <message>
        <source>Closes the documents and goes back to the window.</source>
        <translation>Cierra los documentos y vuelve a la ventana.</translation>
    </message>
    <message>
        <source>Saves the chosen document as a PDF file.</source>
        <translation>Guarda el documento elegido como archivo PDF.</translation>
    </message>
    <message>
        <source>Shows the chosen document&apos;s pages as they would print.</source>
        <translation>Muestra las páginas del documento elegido tal como se imprimirían.</translation>
    </message>
</context>
<context>
    <name>rolelens::EditCommands</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Copied the selection.</source>
        <translation>Se ha copiado la selección.</translation>
    </message>
    <message>
        <source>Nothing to copy: select some text first.</source>
        <translation>No hay nada que copiar: seleccione primero un texto.</translation>
    </message>
    <message>
        <source>Copied %1 as formatted and plain text.</source>
        <translation>Copiado como texto con formato y sin formato: %1.</translation>
    </message>
    <message>
        <source>the advice</source>
        <translation>las recomendaciones</translation>
    </message>
    <message>
        <source>the comparison</source>
        <translation>la comparación</translation>
    </message>
    <message>
        <source>the profile of the %1</source>
        <translation>el perfil del %1</translation>
    </message>
    <message>
        <source>the self-check</source>
        <translation>la autoevaluación</translation>
    </message>
</context>
<context>
    <name>rolelens::ExpectedResultsPage</name>
    <message>
        <source>Expected results over time</source>
        <translation>Resultados esperados a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Assumptions behind the expected results</source>
        <translation>Supuestos en los que se basan los resultados esperados</translation>
    </message>
    <message>
        <source>&amp;Restore the catalog&apos;s assumptions</source>
        <translation>Res&amp;taurar los supuestos del catálogo</translation>
    </message>
    <message>
        <source>These curves are &lt;b&gt;assumptions&lt;/b&gt;, not measurements: the catalog&apos;s values are illustrative, shaped by what the articles say (an influencer gives immediate visibility that fades; a manager&apos;s work builds over months). Double-click a value to try your own; an empty half-life means the effect lasts.</source>
        <translation>Estas curvas son &lt;b&gt;supuestos&lt;/b&gt;, no mediciones: los valores del catálogo son ilustrativos y se basan en lo que dicen los artículos (un influencer da una visibilidad inmediata que se desvanece; el trabajo de un manager se construye a lo largo de meses). Haga doble clic en un valor para probar los suyos; una vida media vacía significa que el efecto perdura.</translation>
    </message>
    <message>
        <source>The values each curve is drawn from, a row for each role; double-click a value to try your own.</source>
        <translation>Los valores con los que se dibuja cada curva, una fila por rol; haga doble clic en un valor para probar uno propio.</translation>
    </message>
    <message>
        <source>Puts the catalog&apos;s values back for every role&apos;s curve.</source>
        <translation>Restablece los valores del catálogo para la curva de cada rol.</translation>
    </message>
</context>
<context>
    <name>rolelens::FileChangedBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Open the file again as the other program left it; changes not saved here are lost, after a question.</source>
        <translation>Abrir de nuevo el archivo tal como lo dejó el otro programa; los cambios no guardados aquí se pierden, tras una pregunta.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Conservar los míos</translation>
    </message>
    <message>
        <source>Keep the scenario as it is here; saving will ask before it overwrites the other program&apos;s changes.</source>
        <translation>Conservar el escenario tal como está aquí; al guardar se preguntará antes de sobrescribir los cambios del otro programa.</translation>
    </message>
    <message>
        <source>Another program changed %1 since it was opened or saved here.</source>
        <translation>Otro programa ha modificado %1 desde que se abrió o se guardó aquí.</translation>
    </message>
</context>
<context>
    <name>rolelens::FileOpener</name>
    <message>
        <source>%1 is already part of this window&apos;s catalog.</source>
        <translation>%1 ya forma parte del catálogo de esta ventana.</translation>
    </message>
    <message>
        <source>not opened: the Advisor holds one scenario at a time, and %1 came first</source>
        <translation>no abierto: el Asesor contiene un escenario cada vez, y %1 iba primero</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Not everything could be opened:

%1</source>
        <translation>No se ha podido abrir todo:

%1</translation>
    </message>
    <message>
        <source>A new window with the roles of %1 could not be started.</source>
        <translation>No se ha podido abrir una ventana nueva con los roles de %1.</translation>
    </message>
    <message>
        <source>Opening a new window with the roles of %1; this one stays as it is.</source>
        <translation>Se abre una ventana nueva con los roles de %1; esta queda como está.</translation>
    </message>
</context>
<context>
    <name>rolelens::FindingsTree</name>
    <message>
        <source>Findings</source>
        <translation>Observaciones</translation>
    </message>
    <message>
        <source>Findings show here once you say what you want from the hire.</source>
        <translation>Las observaciones aparecerán aquí cuando indique qué espera de la persona que contrate.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Por qué: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>What to look out for in your expectations, each finding with its explanation, what to do instead and its sources.</source>
        <translation>A qué prestar atención en sus expectativas: cada observación con su explicación, qué hacer en su lugar y sus fuentes.</translation>
    </message>
</context>
<context>
    <name>rolelens::FirstRunHint</name>
    <message>
        <source>New here? Browse the roles, compare two to four side by side, or let the Advisor check what you expect from a hire: start with one of the examples.</source>
        <translation>¿Es la primera vez que usa RoleLens? Explore los roles, compare de dos a cuatro en paralelo o deje que el Asesor revise lo que espera de una contratación: empiece con uno de los ejemplos.</translation>
    </message>
    <message>
        <source>Open the &amp;Advisor with an example</source>
        <translation>A&amp;brir el Asesor con un ejemplo</translation>
    </message>
    <message>
        <source>Close this hint</source>
        <translation>Cerrar esta sugerencia</translation>
    </message>
    <message>
        <source>Shows the advisor with an example scenario and hides this hint for good.</source>
        <translation>Muestra el Asesor con un escenario de ejemplo y oculta esta sugerencia para siempre.</translation>
    </message>
    <message>
        <source>Hides this hint for good; the examples stay in the File menu.</source>
        <translation>Oculta esta sugerencia para siempre; los ejemplos siguen en el menú Archivo.</translation>
    </message>
</context>
<context>
    <name>rolelens::HelpMenu</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de usuario</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>¿Qué &amp;es esto?</translation>
    </message>
    <message>
        <source>Click a question of the Advisor to read what it is for and how the advice uses your answer</source>
        <translation>Haga clic en una pregunta del Asesor para leer para qué sirve y cómo usan su respuesta las recomendaciones</translation>
    </message>
    <message>
        <source>&amp;About RoleLens</source>
        <translation>&amp;Acerca de RoleLens</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>rolelens::HistoryBar</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the role shown before (Alt+Left)</source>
        <translation>Volver al rol mostrado antes (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Forward to the role shown after (Alt+Right)</source>
        <translation>Ir al rol mostrado después (Alt+Derecha)</translation>
    </message>
</context>
<context>
    <name>rolelens::MainWindow</name>
    <message>
        <source>RoleLens</source>
        <translation>RoleLens</translation>
    </message>
    <message>
        <source>&amp;Browse roles</source>
        <translation>E&amp;xplorar roles</translation>
    </message>
    <message>
        <source>&amp;Compare roles</source>
        <translation>&amp;Comparar roles</translation>
    </message>
    <message>
        <source>&amp;Advisor</source>
        <translation>A&amp;sesor</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Roles in the catalog: %1</source>
        <translation>Roles en el catálogo: %1</translation>
    </message>
    <message>
        <source>%1[*] — RoleLens</source>
        <translation>%1[*] — RoleLens</translation>
    </message>
    <message>
        <source>Agreement version %1 recorded in the scenario: save it, and the next agreement lists what changed since.</source>
        <translation>Versión %1 del acuerdo registrada en el escenario: guarde el escenario y el próximo acuerdo indicará lo que haya cambiado desde entonces.</translation>
    </message>
    <message>
        <source>&amp;Find a role…</source>
        <translation>&amp;Buscar un rol…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Add to comparison</source>
        <translation>&amp;Añadir a la comparación</translation>
    </message>
    <message>
        <source>Add the selected role to the comparison (Ctrl+D)</source>
        <translation>Añadir el rol seleccionado a la comparación (Ctrl+D)</translation>
    </message>
    <message>
        <source>C&amp;lear comparison</source>
        <translation>&amp;Limpiar la comparación</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Nuevo escenario</translation>
    </message>
    <message>
        <source>Start a new hiring scenario in the advisor</source>
        <translation>Empezar un nuevo escenario de contratación en el Asesor</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Abrir escenario…</translation>
    </message>
    <message>
        <source>&amp;Save scenario</source>
        <translation>&amp;Guardar escenario</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>Guardar escenario &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xportar PDF…</translation>
    </message>
    <message>
        <source>&amp;Documents for the hire…</source>
        <translation>&amp;Documentos para la contratación…</translation>
    </message>
    <message>
        <source>%1: for the Advisor&apos;s scenario or the role on screen, to read, export, print or copy</source>
        <translation>%1: del escenario del Asesor o del rol en pantalla, para leer, exportar, imprimir o copiar</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selection, or else the profile, comparison or advice on screen, as text</source>
        <translation>Copiar la selección o, si no la hay, el perfil, la comparación o las recomendaciones en pantalla, como texto</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Roles</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Open an example scenario in the advisor</source>
        <translation>Abrir un escenario de ejemplo en el Asesor</translation>
    </message>
    <message>
        <source>Open &amp;example</source>
        <translation>Abrir &amp;ejemplo</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The catalog could not be read in this language; the window stays as it is.

%1</source>
        <translation>No se pudo leer el catálogo en este idioma; la ventana se queda como está.

%1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Se ha guardado %1 (%n página).</numerusform>
            <numerusform>Se ha guardado %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
    <message>
        <source>Search the roles by name, skill or metric, in Browse roles</source>
        <translation>Buscar los roles por nombre, habilidad o métrica, en Explorar roles</translation>
    </message>
    <message>
        <source>Open a saved hiring scenario in the advisor</source>
        <translation>Abrir en el Asesor un escenario de contratación guardado</translation>
    </message>
    <message>
        <source>Save the advisor&apos;s scenario in its file</source>
        <translation>Guardar el escenario del Asesor en su archivo</translation>
    </message>
    <message>
        <source>&amp;Reopen the last one at start</source>
        <translation>&amp;Reabrir el último al iniciar</translation>
    </message>
    <message>
        <source>&amp;Self-check</source>
        <translation>Autoeva&amp;luación</translation>
    </message>
    <message>
        <source>Role &amp;map</source>
        <translation>&amp;Mapa de roles</translation>
    </message>
    <message>
        <source>Browse roles, compare two to four of them side by side, ask the advisor about a hire, check which role fits you, or see how the roles relate on a map: a tab each.</source>
        <translation>Explorar roles, comparar de dos a cuatro en paralelo, consultar al Asesor sobre una contratación, comprobar qué rol encaja con usted o ver en un mapa cómo se relacionan los roles: cada cosa en su pestaña.</translation>
    </message>
    <message>
        <source>Save what is on screen as a PDF sheet: the comparison, the role&apos;s profile, the expectations agreement or the role map</source>
        <translation>Guardar lo que aparece en pantalla como hoja PDF: la comparación, el perfil del rol, el acuerdo de expectativas o el mapa de roles</translation>
    </message>
</context>
<context>
    <name>rolelens::MapExportCommands</name>
    <message>
        <source>Export map as SV&amp;G…</source>
        <translation>Exportar mapa como SV&amp;G…</translation>
    </message>
    <message>
        <source>Export map as PD&amp;F…</source>
        <translation>Exportar mapa como PD&amp;F…</translation>
    </message>
    <message>
        <source>Save the role map as an SVG drawing, to edit or put in a page</source>
        <translation>Guardar el mapa de roles como dibujo SVG, para editarlo o insertarlo en una página</translation>
    </message>
    <message>
        <source>Save the role map as a one-page PDF</source>
        <translation>Guardar el mapa de roles como PDF de una página</translation>
    </message>
    <message>
        <source>Export map as SVG</source>
        <translation>Exportar mapa como SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export map as PDF</source>
        <translation>Exportar mapa como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>rolelens::MapScene</name>
    <message>
        <source>The catalog has %1 roles, too many to draw as a readable map; the map draws catalogs of up to %2 roles. Browse and Compare show every role.</source>
        <translation>El catálogo tiene %1 roles, demasiados para un mapa legible; el mapa dibuja catálogos de hasta %2 roles. «Explorar roles» y «Comparar roles» muestran todos los roles.</translation>
    </message>
</context>
<context>
    <name>rolelens::NoMatchPage</name>
    <message>
        <source>Show all roles</source>
        <translation>Mostrar todos los roles</translation>
    </message>
    <message>
        <source>No role in this category matches “%1”; roles in other categories do.</source>
        <translation>Ningún rol de esta categoría coincide con «%1»; sí coinciden roles de otras categorías.</translation>
    </message>
    <message>
        <source>No role in this category.</source>
        <translation>No hay ningún rol en esta categoría.</translation>
    </message>
    <message>
        <source>No role matches “%1”.</source>
        <translation>Ningún rol coincide con «%1».</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>¿Quiso decir «%1»?</translation>
    </message>
    <message>
        <source>Search for “%1” instead</source>
        <translation>Buscar «%1» en su lugar</translation>
    </message>
    <message>
        <source>Show all categories</source>
        <translation>Mostrar todas las categorías</translation>
    </message>
    <message>
        <source>Keep the search, in every category</source>
        <translation>Mantener la búsqueda, en todas las categorías</translation>
    </message>
    <message>
        <source>Clear the search and the category (Esc clears the search)</source>
        <translation>Borrar la búsqueda y la categoría (Esc borra la búsqueda)</translation>
    </message>
</context>
<context>
    <name>rolelens::OwnFigureDelegate</name>
    <message>
        <source>Your own figure for this measure</source>
        <translation>Su propia cifra para este indicador</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>A figure of your own for the measure, shown beside the published benchmarks and saved with the scenario; &quot;not set&quot; removes it.</source>
        <translation>Una cifra propia para el indicador, que se muestra junto a los valores de referencia publicados y se guarda con el escenario; «sin definir» la quita.</translation>
    </message>
</context>
<context>
    <name>rolelens::PlanTree</name>
    <message>
        <source>Hiring plan</source>
        <translation>Plan de contratación</translation>
    </message>
    <message>
        <source>Tick what you want from the hire, or what the hire will do.</source>
        <translation>Marque lo que espera de la persona que contrate o lo que esta hará.</translation>
    </message>
    <message>
        <source>No role in the catalog covers: %1.</source>
        <translation>Ningún rol del catálogo cubre: %1.</translation>
    </message>
    <message>
        <source>Who does what you listed: the role to hire, and the work that belongs to other roles or to no role, each with its reasons and sources.</source>
        <translation>Quién hace lo que ha indicado: el rol que contratar y el trabajo que corresponde a otros roles o a ninguno, cada uno con sus motivos y fuentes.</translation>
    </message>
</context>
<context>
    <name>rolelens::ProfileView</name>
    <message>
        <source>Role profile</source>
        <translation>Perfil del rol</translation>
    </message>
    <message>
        <source>Chart of the role&apos;s success metrics</source>
        <translation>Gráfico de las métricas de éxito del rol</translation>
    </message>
    <message>
        <source>What the role is for, how it is judged and what it does not do, with the sources of each statement.</source>
        <translation>Para qué sirve el rol, cómo se evalúa y qué no hace, con las fuentes de cada afirmación.</translation>
    </message>
</context>
<context>
    <name>rolelens::RecommendationList</name>
    <message>
        <source>Roles that fit</source>
        <translation>Roles que encajan</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Column titles: a role, and how well it fits the owner&apos;s goals and tasks (a percentage).</extracomment>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Encaje</translation>
    </message>
    <message>
        <source>Fit, from 0 to 100 %: four fifths for how much of what you listed the role covers (what only general practice, not an article, says it covers counts half), one fifth for how much of what the role is mainly judged by your goals ask for.</source>
        <translation>Encaje, de 0 a 100 %: cuatro quintas partes según cuánto de lo que ha indicado cubre el rol (lo que solo la práctica habitual, y no un artículo, dice que cubre cuenta la mitad) y una quinta parte según cuánto de aquello por lo que se evalúa principalmente el rol piden sus objetivos.</translation>
    </message>
    <message>
        <source>Tick what you want from the hire, or what the hire will do.</source>
        <translation>Marque lo que espera de la persona que contrate o lo que esta hará.</translation>
    </message>
    <message>
        <source>The findings and targets are about this role.</source>
        <translation>Las observaciones y las metas se refieren a este rol.</translation>
    </message>
    <message numerus="yes">
        <source>%n more role(s) cover part of this; tick more goals and tasks to narrow it down.</source>
        <translation>
            <numerusform>%n rol más cubre parte de esto; marque más objetivos y tareas para acotar la lista.</numerusform>
            <numerusform>%n roles más cubren parte de esto; marque más objetivos y tareas para acotar la lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every role ranked by how well it fits your goals and tasks, with its fit from 0 to 100 %.</source>
        <translation>Todos los roles ordenados según lo bien que encajan con sus objetivos y tareas, con su encaje de 0 a 100 %.</translation>
    </message>
</context>
<context>
    <name>rolelens::RoleListModel</name>
    <message>
        <source>Also called: %1</source>
        <translation>Otros nombres: %1</translation>
    </message>
</context>
<context>
    <name>rolelens::RoleMapView</name>
    <message>
        <source>Role map</source>
        <translation>Mapa de roles</translation>
    </message>
    <message>
        <source>Role map: Enter opens the profile; Tab and the arrow keys move to another role.</source>
        <translation>Mapa de roles: Intro abre el perfil; Tab y las flechas pasan a otro rol.</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Alejar</translation>
    </message>
    <message>
        <source>Make the map smaller (Ctrl+-, or Ctrl+wheel)</source>
        <translation>Hacer el mapa más pequeño (Ctrl+- o Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>A&amp;cercar</translation>
    </message>
    <message>
        <source>Make the map larger (Ctrl++, or Ctrl+wheel)</source>
        <translation>Hacer el mapa más grande (Ctrl++ o Ctrl+rueda)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;justar</translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+0)</source>
        <translation>Mostrar el mapa entero (Ctrl+0)</translation>
    </message>
    <message>
        <source>The catalog&apos;s roles and how they relate: who supervises whom, who does the work a role does not, and where the articles disagree. Tab moves from role to role; Enter opens its profile.</source>
        <translation>Los roles del catálogo y cómo se relacionan: quién supervisa a quién, quién hace el trabajo que un rol no hace y en qué discrepan los artículos. Tab pasa de un rol a otro; Intro abre su perfil.</translation>
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
        <translation>cambio del nombre del negocio</translation>
    </message>
    <message>
        <source>change business size</source>
        <translation>cambio del tamaño del negocio</translation>
    </message>
    <message>
        <source>change the role considered</source>
        <translation>cambio del rol considerado</translation>
    </message>
    <message>
        <source>change what you want from the hire</source>
        <translation>cambio de lo que espera de la contratación</translation>
    </message>
    <message>
        <source>change what the hire will do</source>
        <translation>cambio de lo que hará la persona contratada</translation>
    </message>
    <message>
        <source>change the roles one hire covers</source>
        <translation>cambio de los roles que cubre una sola persona</translation>
    </message>
    <message>
        <source>change the follower expectation</source>
        <translation>cambio de la expectativa de seguidores</translation>
    </message>
    <message>
        <source>change followers now</source>
        <translation>cambio de los seguidores actuales</translation>
    </message>
    <message>
        <source>change followers expected</source>
        <translation>cambio de los seguidores esperados</translation>
    </message>
    <message>
        <source>change weeks to get there</source>
        <translation>cambio del plazo en semanas</translation>
    </message>
    <message>
        <source>change how the hire is judged</source>
        <translation>cambio de cómo se evaluará a la persona contratada</translation>
    </message>
    <message>
        <source>change currency</source>
        <translation>cambio de moneda</translation>
    </message>
    <message>
        <source>change salary</source>
        <translation>cambio de salario</translation>
    </message>
    <message>
        <source>change ad spend</source>
        <translation>cambio de inversión publicitaria</translation>
    </message>
    <message>
        <source>change growth assumption</source>
        <translation>cambio del supuesto de crecimiento</translation>
    </message>
    <message>
        <source>reset growth assumption</source>
        <translation>restablecimiento del supuesto de crecimiento</translation>
    </message>
    <message>
        <source>change your figure for %1</source>
        <translation>cambio de su cifra para %1</translation>
    </message>
    <message>
        <source>record the agreement issued</source>
        <translation>registro del acuerdo emitido</translation>
    </message>
    <message>
        <source>change what the job post keeps</source>
        <translation>cambio de lo que mantiene la oferta de empleo</translation>
    </message>
</context>
<context>
    <name>rolelens::ScenarioForm</name>
    <message>
        <source>An assumption, not a measurement. Pick a role, or goals and tasks, to see it.</source>
        <translation>Un supuesto, no una medición. Elija un rol, u objetivos y tareas, para verlo.</translation>
    </message>
    <message>
        <source>An assumption, not a measurement. The catalog has no growth figure for the %1.</source>
        <translation>Un supuesto, no una medición. El catálogo no tiene ninguna cifra de crecimiento para el %1.</translation>
    </message>
    <message>
        <source>An assumption, not a measurement: your own figures for how fast the %1 grows an audience (the catalog assumes %2 a month).</source>
        <translation>Un supuesto, no una medición: sus propias cifras sobre la rapidez con la que el %1 hace crecer una audiencia (según el catálogo, %2 al mes).</translation>
    </message>
    <message>
        <source>An assumption, not a measurement: how fast the %1 might grow an audience, chosen for illustration. The articles give no figures; change them if you know better.</source>
        <translation>Un supuesto, no una medición: la rapidez con la que el %1 podría hacer crecer una audiencia, elegida a modo de ilustración. Los artículos no dan cifras; cámbielas si dispone de mejor información.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nombre del negocio</translation>
    </message>
    <message>
        <source>e.g. Corner Bakery</source>
        <translation>p. ej., Panadería La Esquina</translation>
    </message>
    <message>
        <source>Business size</source>
        <translation>Tamaño del negocio</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Su negocio</translation>
    </message>
    <message>
        <source>The role you are considering</source>
        <translation>El rol que está considerando</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>Undecided? The advisor judges the best-fitting role.</source>
        <translation>¿Aún no lo ha decidido? El Asesor determina el rol que mejor encaja.</translation>
    </message>
    <message>
        <source>What you want from the hire</source>
        <translation>Qué espera de la persona que contrate</translation>
    </message>
    <message>
        <source>What do you want from the hire?</source>
        <translation>¿Qué espera de la persona que contrate?</translation>
    </message>
    <message>
        <source>What the hire will do</source>
        <translation>Qué hará la persona que contrate</translation>
    </message>
    <message>
        <source>What will the hire do?</source>
        <translation>¿Qué hará la persona que contrate?</translation>
    </message>
    <message>
        <source>Roles one person should cover</source>
        <translation>Roles que debe cubrir una sola persona</translation>
    </message>
    <message>
        <source>Should one person cover several roles?</source>
        <translation>¿Debe una sola persona cubrir varios roles?</translation>
    </message>
    <message>
        <source>Tick every role you expect this one hire to fill.</source>
        <translation>Marque cada rol que espera que cubra esta única persona.</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Seguidores</translation>
    </message>
    <message>
        <source>Tick if you expect a number of followers by a date.</source>
        <translation>Márquelo si espera tener un número determinado de seguidores para una fecha concreta.</translation>
    </message>
    <message>
        <source>Followers now</source>
        <translation>Seguidores actuales</translation>
    </message>
    <message>
        <source>Followers you expect</source>
        <translation>Seguidores que espera</translation>
    </message>
    <message>
        <source>Weeks to get there</source>
        <translation>Semanas para lograrlo</translation>
    </message>
    <message>
        <source>Followers &amp;now:</source>
        <translation>Se&amp;guidores actuales:</translation>
    </message>
    <message>
        <source>Followers you &amp;expect:</source>
        <translation>Seguidores que es&amp;pera:</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>&amp;Dentro de:</translation>
    </message>
    <message>
        <source>How you will judge the hire</source>
        <translation>Cómo evaluará a la persona contratada</translation>
    </message>
    <message>
        <source>How will you judge the hire?</source>
        <translation>¿Cómo evaluará a la persona contratada?</translation>
    </message>
    <message>
        <source>Tick the measures in the order that matters to you.</source>
        <translation>Marque los indicadores por orden de importancia para usted.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>p. ej., EUR</translation>
    </message>
    <message>
        <source>Monthly salary</source>
        <translation>Salario mensual</translation>
    </message>
    <message>
        <source>Monthly ad spend</source>
        <translation>Inversión publicitaria mensual</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>Monthly &amp;salary:</source>
        <translation>Sa&amp;lario mensual:</translation>
    </message>
    <message>
        <source>Monthly &amp;ad spend:</source>
        <translation>&amp;Inversión publicitaria mensual:</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Leave an amount at &quot;not set&quot; if you have not decided.</source>
        <translation>Deje un importe en «sin definir» si aún no lo ha decidido.</translation>
    </message>
    <message>
        <source> % a month</source>
        <translation> % al mes</translation>
    </message>
    <message>
        <source>Assumed audience growth per month, low</source>
        <translation>Crecimiento supuesto de la audiencia al mes, valor bajo</translation>
    </message>
    <message>
        <source>Assumed audience growth per month, high</source>
        <translation>Crecimiento supuesto de la audiencia al mes, valor alto</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Resta&amp;blecer</translation>
    </message>
    <message>
        <source>Back to the catalog&apos;s assumption for this role</source>
        <translation>Volver al supuesto del catálogo para este rol</translation>
    </message>
    <message>
        <source>&amp;Low:</source>
        <translation>Ba&amp;jo:</translation>
    </message>
    <message>
        <source>&amp;High:</source>
        <translation>Alt&amp;o:</translation>
    </message>
    <message>
        <source>Assumption: audience growth per month</source>
        <translation>Supuesto: crecimiento de la audiencia al mes</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> semana</numerusform>
            <numerusform> semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Your business&apos;s name, as the documents for the hire write it.</source>
        <translation>El nombre de su negocio, tal como figura en los documentos para la contratación.</translation>
    </message>
    <message>
        <source>How many people your business has, from the owner alone to over 250.</source>
        <translation>Cuántas personas tiene su negocio, desde solo el propietario hasta más de 250.</translation>
    </message>
    <message>
        <source>The role you mean to hire; with &quot;Not decided&quot;, the advisor judges the role that fits best.</source>
        <translation>El rol que piensa contratar; con «Sin decidir», el Asesor evalúa el rol que mejor encaja.</translation>
    </message>
    <message>
        <source>Tick each goal you have for the hire: the roles are ranked by how they serve your goals and tasks.</source>
        <translation>Marque cada objetivo que tenga para la contratación: los roles se ordenan según lo bien que sirven a sus objetivos y tareas.</translation>
    </message>
    <message>
        <source>Tick each task you expect of the hire; the plan says which belong to the role and which to others.</source>
        <translation>Marque cada tarea que espera de la persona que contrate; el plan indica cuáles corresponden al rol y cuáles a otros.</translation>
    </message>
    <message>
        <source>How many followers you have today.</source>
        <translation>Cuántos seguidores tiene hoy.</translation>
    </message>
    <message>
        <source>How many followers you expect the hire to bring you to.</source>
        <translation>A cuántos seguidores espera que le lleve la persona que contrate.</translation>
    </message>
    <message>
        <source>How many weeks you give the hire to reach that number.</source>
        <translation>Cuántas semanas da a la persona que contrate para alcanzar esa cifra.</translation>
    </message>
    <message>
        <source>Tick the measures you will judge the hire by, in the order that matters to you.</source>
        <translation>Marque los indicadores con los que evaluará a la persona que contrate, por orden de importancia para usted.</translation>
    </message>
    <message>
        <source>The three-letter code of your budget&apos;s currency, such as EUR.</source>
        <translation>El código de tres letras de la moneda de su presupuesto, como EUR.</translation>
    </message>
    <message>
        <source>What you mean to pay the hire each month; &quot;not set&quot; if undecided.</source>
        <translation>Lo que piensa pagar cada mes a la persona que contrate; «sin definir» si aún no lo ha decidido.</translation>
    </message>
    <message>
        <source>What you mean to spend on advertising each month; &quot;not set&quot; if undecided.</source>
        <translation>Lo que piensa invertir en publicidad cada mes; «sin definir» si aún no lo ha decidido.</translation>
    </message>
    <message>
        <source>The low end of the monthly growth the follower chart assumes for the role; change it to try your own.</source>
        <translation>El valor bajo del crecimiento mensual que el gráfico de seguidores supone para el rol; cámbielo para probar uno propio.</translation>
    </message>
    <message>
        <source>The high end of the monthly growth the follower chart assumes for the role; change it to try your own.</source>
        <translation>El valor alto del crecimiento mensual que el gráfico de seguidores supone para el rol; cámbielo para probar uno propio.</translation>
    </message>
    <message>
        <source>Reset the audience growth</source>
        <translation>Restablecer el crecimiento de la audiencia</translation>
    </message>
</context>
<context>
    <name>rolelens::ScenarioFormWhatsThis</name>
    <message>
        <source>Your business&apos;s name. The advice does not depend on it: the hiring documents show it under their title, and the agreement and the scope of work name it where you sign.</source>
        <translation>El nombre de su negocio. Las recomendaciones no dependen de él: los documentos para la contratación lo muestran bajo su título, y el acuerdo y el alcance del trabajo lo nombran donde usted firma.</translation>
    </message>
    <message>
        <source>How large your business is. When a solo or small business wants one person to fill two roles that an article says one person may combine, the advice gives a note instead of a warning.</source>
        <translation>El tamaño de su negocio. Cuando un negocio unipersonal o pequeño quiere que una persona cubra dos roles que, según un artículo, una sola persona puede combinar, las recomendaciones dan una nota en lugar de una advertencia.</translation>
    </message>
    <message>
        <source>The role you have in mind. The findings, the targets and the hiring documents are about it, even where the plan would hire another role. Not decided: they are about the best-fitting role, the plan&apos;s hire.</source>
        <translation>El rol que tiene en mente. Las observaciones, las metas y los documentos para la contratación tratan de él, aunque el plan contrate otro rol. Sin decidir: tratan del rol que mejor encaja, el que el plan contrata.</translation>
    </message>
    <message>
        <source>What the hire should bring about. The advisor ranks the roles by how much of your goals and tasks each covers, and warns where the role you consider does not serve a goal, or works on another time scale (right away, over months).</source>
        <translation>Lo que debe lograr la persona que contrate. El Asesor ordena los roles según cuánto cubre cada uno de sus objetivos y tareas, y advierte cuando el rol que considera no sirve a un objetivo o trabaja en otro plazo (de inmediato, a lo largo de meses).</translation>
    </message>
    <message>
        <source>The work you expect of the hire. A task outside the role&apos;s responsibilities is pointed out with the role that does it, and the plan gives it to that role, for a campaign or to contract out.</source>
        <translation>El trabajo que espera de la persona que contrate. Una tarea ajena a las responsabilidades del rol se señala junto con el rol que la hace, y el plan se la asigna a ese rol, para una campaña o para externalizarla.</translation>
    </message>
    <message>
        <source>Tick two or more roles if one person is to fill them all. The advice says what the articles say about combining them and, with a salary set, what it comes to for each role.</source>
        <translation>Marque dos o más roles si una sola persona debe cubrirlos todos. Las recomendaciones dicen qué dicen los artículos sobre combinarlos y, si ha indicado un salario, cuánto corresponde a cada rol.</translation>
    </message>
    <message>
        <source>Tick it if you expect a number of followers by a date. The advisor works out the growth a month this needs, draws it on the follower chart against the growth assumed for the role, and warns when it is beyond it.</source>
        <translation>Márquelo si espera un número de seguidores para una fecha. El Asesor calcula el crecimiento mensual necesario, lo dibuja en el gráfico de seguidores frente al crecimiento supuesto para el rol y advierte cuando lo supera.</translation>
    </message>
    <message>
        <source>How many followers the account has now: where the curve starts. From no followers, no monthly rate gets anywhere, and the advice says what to judge a new account by instead.</source>
        <translation>Cuántos seguidores tiene ahora la cuenta: donde empieza la curva. Sin seguidores, ninguna tasa mensual lleva a ninguna parte, y las recomendaciones dicen cómo evaluar en cambio una cuenta nueva.</translation>
    </message>
    <message>
        <source>How many followers you expect by the end of the weeks below. The advisor sets the growth this needs against the range assumed for the role.</source>
        <translation>Cuántos seguidores espera al final de las semanas indicadas debajo. El Asesor compara el crecimiento necesario con el rango supuesto para el rol.</translation>
    </message>
    <message>
        <source>How many weeks you give it. Fewer weeks need faster growth; where it is too fast, the advice says how many followers to expect after those weeks.</source>
        <translation>Cuántas semanas le da. Menos semanas exigen un crecimiento más rápido; si es demasiado rápido, las recomendaciones dicen cuántos seguidores esperar tras esas semanas.</translation>
    </message>
    <message>
        <source>The measures you mean to judge the hire by, the one that matters most first. Judging mainly by follower count a role whose main measures are others brings a warning that names them.</source>
        <translation>Los indicadores con los que piensa evaluar a la persona contratada, el más importante primero. Evaluar sobre todo por el número de seguidores un rol cuyos indicadores principales son otros trae una advertencia que los nombra.</translation>
    </message>
    <message>
        <source>Your currency&apos;s three-letter code (EUR, USD…), written beside the salary where the advice divides it between roles.</source>
        <translation>El código de tres letras de su moneda (EUR, USD…), que aparece junto al salario cuando las recomendaciones lo reparten entre roles.</translation>
    </message>
    <message>
        <source>What you mean to pay the hire a month. Where one person is to fill several roles, the advice says what it comes to for each; &quot;not set&quot; leaves it out.</source>
        <translation>Lo que piensa pagar al mes a la persona contratada. Si una sola persona debe cubrir varios roles, las recomendaciones dicen cuánto corresponde a cada uno; «sin definir» lo deja fuera.</translation>
    </message>
    <message>
        <source>What you mean to spend a month on paid advertising, on top of the salary. Goals or tasks that need paid campaigns bring a warning while there is no ad spend.</source>
        <translation>Lo que piensa gastar al mes en publicidad de pago, además del salario. Los objetivos o tareas que necesitan campañas de pago traen una advertencia mientras no haya inversión publicitaria.</translation>
    </message>
    <message>
        <source>How fast the role the advice is about grows an audience, a month: an assumption, not a measurement. The follower check, the chart and the audience-growth target use the figures shown; Reset brings back the catalog&apos;s.</source>
        <translation>A qué ritmo mensual hace crecer una audiencia el rol del que tratan las recomendaciones: un supuesto, no una medición. La comprobación de seguidores, el gráfico y la meta de crecimiento de la audiencia usan las cifras mostradas; Restablecer recupera las del catálogo.</translation>
    </message>
</context>
<context>
    <name>rolelens::ScenarioSession</name>
    <message>
        <source>RoleLens scenarios (*.rolelens.json)</source>
        <translation>Escenarios de RoleLens (*.rolelens.json)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1 (example)</source>
        <translation>%1 (ejemplo)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>El escenario «%1» tiene cambios sin guardar. ¿Desea guardarlos?</translation>
    </message>
    <message>
        <source>New scenario.</source>
        <translation>Nuevo escenario.</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <source>%1 could not be opened:

%2</source>
        <translation>No se pudo abrir %1:

%2</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Abierto: %1.</translation>
    </message>
    <message>
        <source>Open example</source>
        <translation>Abrir ejemplo</translation>
    </message>
    <message>
        <source>Opened the example &quot;%1&quot;.</source>
        <translation>Se ha abierto el ejemplo «%1».</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>escenario</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Guardar escenario como</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Guardar escenario</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se ha guardado %1.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Error en el guardado automático: %1</translation>
    </message>
    <message>
        <source>an untitled scenario</source>
        <translation>un escenario sin título</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Recuperar cambios sin guardar</translation>
    </message>
    <message>
        <source>RoleLens did not close properly, and the changes to %1 were not saved. Recover them?</source>
        <translation>RoleLens no se cerró correctamente y los cambios en %1 no se guardaron. ¿Desea recuperarlos?</translation>
    </message>
    <message>
        <source>The autosaved scenario could not be read:

%1</source>
        <translation>No se pudo leer el escenario guardado automáticamente:

%1</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to %1.</source>
        <translation>Se han recuperado los cambios sin guardar en %1.</translation>
    </message>
    <message>
        <source>Reload scenario</source>
        <translation>Recargar escenario</translation>
    </message>
    <message>
        <source>%1 could not be reloaded; the scenario stays as it is:

%2</source>
        <translation>No se ha podido recargar %1; el escenario queda como está:

%2</translation>
    </message>
    <message>
        <source>Reload %1 as the other program left it, and lose the changes not saved here?</source>
        <translation>¿Recargar %1 tal como lo dejó el otro programa y perder los cambios no guardados aquí?</translation>
    </message>
    <message>
        <source>Reloaded %1.</source>
        <translation>%1 recargado.</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened or last saved here. Overwrite it with this version, and lose those changes?</source>
        <translation>Otro programa ha modificado %1 desde que se abrió o se guardó por última vez aquí. ¿Sobrescribirlo con esta versión y perder esos cambios?</translation>
    </message>
    <message>
        <source>Not saved: %1 keeps the other program&apos;s changes.</source>
        <translation>No guardado: %1 conserva los cambios del otro programa.</translation>
    </message>
</context>
<context>
    <name>rolelens::SelfCheckForm</name>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Some</source>
        <translation>Básica</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sólida</translation>
    </message>
    <message>
        <source>Your skills</source>
        <translation>Sus habilidades</translation>
    </message>
    <message>
        <source>Rate each skill the roles&apos; articles list: none, some or strong.</source>
        <translation>Valore cada habilidad que citan los artículos de los roles: ninguna, básica o sólida.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Work you prefer</source>
        <translation>Trabajo que prefiere</translation>
    </message>
    <message>
        <source>For each choice, the kind of work you would rather do, if you have a preference.</source>
        <translation>En cada elección, el tipo de trabajo que prefiere hacer, si tiene alguna preferencia.</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <source>An answer to: %1</source>
        <translation>Una respuesta a: %1</translation>
    </message>
</context>
<context>
    <name>rolelens::SelfCheckView</name>
    <message>
        <source>C&amp;lear answers</source>
        <translation>&amp;Borrar respuestas</translation>
    </message>
    <message>
        <source>Set every skill back to none and every choice to no preference.</source>
        <translation>Poner todas las habilidades en «Ninguna» y todas las elecciones en «Sin preferencia».</translation>
    </message>
    <message>
        <source>Save the result as a PDF, Markdown or HTML file.</source>
        <translation>Guardar el resultado como archivo PDF, Markdown o HTML.</translation>
    </message>
    <message>
        <source>Self-check questions</source>
        <translation>Preguntas de la autoevaluación</translation>
    </message>
    <message>
        <source>The skills the catalog&apos;s roles list, to rate, and the kinds of work to choose between.</source>
        <translation>Las habilidades que citan los roles del catálogo, para valorar, y los tipos de trabajo entre los que elegir.</translation>
    </message>
    <message>
        <source>Self-check result</source>
        <translation>Resultado de la autoevaluación</translation>
    </message>
    <message>
        <source>The roles ranked by overlap with your answers, with the skills to learn and the sources of each.</source>
        <translation>Los roles ordenados por coincidencia con sus respuestas, con las habilidades por aprender y las fuentes de cada dato.</translation>
    </message>
    <message>
        <source>Save res&amp;ult as…</source>
        <translation>Guardar res&amp;ultado como…</translation>
    </message>
</context>
<context>
    <name>rolelens::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Elsewhere in the window</source>
        <translation>En otras partes de la ventana</translation>
    </message>
    <message>
        <source>Tab moves from part to part of a view, and the arrow keys move within a list, a table or a text. The user guide (%1) says more about the keys of each view.</source>
        <translation>Tab pasa de una parte a otra de una vista, y las teclas de flecha se mueven dentro de una lista, una tabla o un texto. La guía de usuario (%1) explica más sobre las teclas de cada vista.</translation>
    </message>
</context>
<context>
    <name>rolelens::TargetsTable</name>
    <message>
        <source>Realistic targets</source>
        <translation>Metas realistas</translation>
    </message>
    <message>
        <source>Measure</source>
        <extracomment>Column title: the metric a target is for.</extracomment>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Your target</source>
        <extracomment>Column title: what a target&apos;s range rests on (a source, an assumption, a benchmark).</extracomment>
        <translation>Su meta</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Double-click to enter your own figure for this measure; it is shown beside the published benchmarks and saved with the scenario. &quot;not set&quot; removes it.</source>
        <translation>Haga doble clic para introducir su propia cifra para este indicador; se muestra junto a los valores de referencia publicados y se guarda con el escenario. Elegir «sin definir» la elimina.</translation>
    </message>
    <message>
        <source>add yours</source>
        <translation>añada la suya</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Supuesto</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Con fuentes</translation>
    </message>
    <message>
        <source>Agree a baseline</source>
        <translation>Acordar una base</translation>
    </message>
    <message>
        <source>Benchmarks below</source>
        <translation>Referencias abajo</translation>
    </message>
    <message>
        <source>The sources give no range for this measure: agree a target with the hire, and compare with the published figures below.</source>
        <translation>Las fuentes no dan ningún rango para este indicador: acuerde una meta con la persona contratada y compare con las cifras publicadas que figuran más abajo.</translation>
    </message>
    <message>
        <source>Published benchmark</source>
        <translation>Referencia publicada</translation>
    </message>
    <message>
        <source>The role&apos;s main measures, each with what is realistic after a few months, what that rests on and your target; double-click &quot;add yours&quot; to enter a figure of your own.</source>
        <translation>Los indicadores principales del rol, cada uno con lo que es realista al cabo de unos meses, en qué se basa y su meta; haga doble clic en «añada la suya» para introducir una cifra propia.</translation>
    </message>
</context>
<context>
    <name>rolelens::UserGuide</name>
    <message>
        <source>RoleLens user guide</source>
        <translation>Guía de usuario de RoleLens</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de usuario</translation>
    </message>
</context>
</TS>
