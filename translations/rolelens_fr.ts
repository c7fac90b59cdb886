<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Advice</name>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln remarque</numerusform>
            <numerusform>%Ln remarques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln critical</source>
        <translation>
            <numerusform>%Ln critique</numerusform>
            <numerusform>%Ln critiques</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdviceDocument</name>
    <message>
        <source>Advice</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>The findings and targets are about the %1.</source>
        <translation>Les constats et les objectifs chiffrés portent sur ce rôle&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>No expectation in this scenario conflicts with the catalog.</source>
        <translation>Aucune attente de ce scénario n’est en contradiction avec le catalogue.</translation>
    </message>
    <message>
        <source>Hiring plan</source>
        <translation>Plan de recrutement</translation>
    </message>
    <message>
        <source>No goals or tasks given: nothing to plan.</source>
        <translation>Aucun objectif ni aucune tâche indiqués&#xa0;: rien à planifier.</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour&#xa0;:</translation>
    </message>
    <message>
        <source>No role in the catalog covers: %1.</source>
        <translation>Aucun rôle du catalogue ne couvre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Roles that fit, ranked</source>
        <translation>Rôles adaptés, par ordre d’adéquation</translation>
    </message>
    <message>
        <source>The detail behind the plan: every role that covers part of what you listed, by how well it fits.</source>
        <translation>Le détail du plan&#xa0;: chaque rôle qui couvre une partie de ce que vous avez indiqué, classé selon son adéquation.</translation>
    </message>
    <message>
        <source>No goals or tasks given: nothing to rank.</source>
        <translation>Aucun objectif ni aucune tâche indiqués&#xa0;: rien à classer.</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Column titles: a role, how well it fits the owner&apos;s goals and tasks (a percentage), why.</extracomment>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Findings for the %1</source>
        <translation>Constats&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Que faire&#xa0;:</translation>
    </message>
    <message>
        <source>Judge the hire by</source>
        <translation>Sur quoi évaluer la personne recrutée</translation>
    </message>
    <message>
        <source>The role&apos;s measures, most weighty first (weight 1-5). Ranges are assumptions, not facts (see their sources); where the sources give no range, take the first month as the baseline and judge the trend (general practice), and compare with the published benchmarks below.</source>
        <translation>Les indicateurs du rôle, du plus important au moins important (poids de 1 à 5). Les fourchettes sont des hypothèses, pas des faits (voir leurs sources)&#xa0;; lorsque les sources ne donnent aucune fourchette, prenez le premier mois comme niveau de départ et jugez la tendance (pratique courante), puis comparez avec les valeurs de référence publiées ci-dessous.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Your target</source>
        <translation>Votre objectif</translation>
    </message>
    <message>
        <source>Owner&apos;s target</source>
        <translation>Objectif du dirigeant</translation>
    </message>
    <message>
        <source>(formula: %1)</source>
        <translation>(formule&#xa0;: %1)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Your figure: %1</source>
        <translation>Votre valeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The owner&apos;s figure: %1</source>
        <translation>Valeur du dirigeant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Published benchmarks</source>
        <translation>Valeurs de référence publiées</translation>
    </message>
    <message>
        <source>Figures from industry reports to compare the hire&apos;s results with, not targets agreed. Each keeps its own denominator (followers, views, impressions, visitors): compare like with like, and mind each report&apos;s age, platform and sample (under Sources), which may be of larger brands than yours.</source>
        <translation>Des chiffres tirés de rapports sectoriels, auxquels comparer les résultats de la personne recrutée, et non des objectifs convenus. Chacun garde son propre dénominateur (abonnés, vues, impressions, visiteurs)&#xa0;: comparez ce qui est comparable, et tenez compte de l’ancienneté, de la plateforme et de l’échantillon de chaque rapport (voir Sources), qui peuvent porter sur des marques plus grandes que la vôtre.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more role(s) that cover part of this (the Advisor in RoleLens lists them all).</source>
        <translation>
            <numerusform>…et %n autre rôle qui en couvre une partie (le Conseiller de RoleLens les liste tous).</numerusform>
            <numerusform>…et %n autres rôles qui en couvrent une partie (le Conseiller de RoleLens les liste tous).</numerusform>
        </translation>
    </message>
    <message>
        <source>Realistic targets</source>
        <translation>Objectifs chiffrés réalistes</translation>
    </message>
    <message>
        <source>Realistic targets for the %1</source>
        <translation>Objectifs chiffrés réalistes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Advisor</name>
    <message>
        <source>The best fit (%1) of the roles you can hire for the long run: it covers %2 of the %3 goals and tasks you listed.</source>
        <translation>Le rôle le plus adapté (%1) parmi ceux que vous pouvez recruter dans la durée&#xa0;: il couvre %2 des %3 objectifs et tâches que vous avez indiqués.</translation>
    </message>
    <message>
        <source>What the role is for: %1</source>
        <translation>À quoi sert le rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>You are considering the %1 role; the findings below are about it.</source>
        <translation>Vous envisagez de recruter un %1&#xa0;; les constats ci-dessous portent sur ce rôle.</translation>
    </message>
    <message>
        <source>Engage a %1 for a campaign, with the audience of their own channels; not as the hire.</source>
        <translation>Faites appel à un %1 le temps d’une campagne, avec l’audience de ses propres canaux, plutôt que de le recruter.</translation>
    </message>
    <message>
        <source>Stays with the %1, not the %2: %3</source>
        <translation>Reste du ressort d’un %1, pas d’un %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Not the %1&apos;s work: %2</source>
        <translation>Ne relève pas du travail d’un %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The catalog has the %2 serve &quot;%1&quot;; the %3 does not.</source>
        <translation>Dans le catalogue, «&#xa0;%1&#xa0;» relève d’un %2, pas d’un %3.</translation>
    </message>
    <message>
        <source>The catalog has the %2 serve &quot;%1&quot;.</source>
        <translation>Dans le catalogue, «&#xa0;%1&#xa0;» relève d’un %2.</translation>
    </message>
    <message>
        <source>Contract the %1&apos;s work out, or leave it out of the job.</source>
        <translation>Confiez à un prestataire externe le travail d’un %1, ou retirez-le du poste.</translation>
    </message>
    <message>
        <source>%1 of what this role is mainly judged by is what your goals ask for.</source>
        <translation>%1 de ce sur quoi ce rôle est principalement évalué correspond à ce que demandent vos objectifs.</translation>
    </message>
    <message>
        <source>Does not serve: %1.</source>
        <translation>Ne répond pas à&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Does not do: %1.</source>
        <translation>N’assure pas&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No article, only general practice, says it covers: %1; that counts half.</source>
        <translation>Seule la pratique courante, et non un article, indique qu’il couvre&#xa0;: %1&#xa0;; cela compte pour moitié.</translation>
    </message>
    <message>
        <source>Month 1 baseline, then trend</source>
        <translation>Niveau du mois 1, puis tendance</translation>
    </message>
    <message>
        <source>Trend since baseline</source>
        <translation>Tendance depuis le mois 1</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4). From %5.</source>
        <translation>%1, %2&#xa0;: %3 (%4). Source&#xa0;: %5.</translation>
    </message>
    <message>
        <source>No published benchmark with a named publisher, report, year and method; judge by the rule: %1 (general practice).</source>
        <translation>Aucune valeur de référence publiée avec éditeur, rapport, année et méthode identifiés&#xa0;; jugez selon la règle&#xa0;: %1 (pratique courante).</translation>
    </message>
    <message>
        <source>%1 needs paid advertising, and no ad budget is set.</source>
        <translation>Ce que vous demandez nécessite de la publicité payante (%1), et aucun budget publicitaire n’est défini.</translation>
    </message>
    <message>
        <source>Paid campaigns spend money on the platforms on top of the salary; without it, results come from organic work only, and more slowly (general practice, not from the articles).</source>
        <translation>Les campagnes payantes entraînent des dépenses sur les plateformes, en plus du salaire&#xa0;; sans budget publicitaire, les résultats ne viennent que du travail organique, et plus lentement (pratique courante, pas tirée des articles).</translation>
    </message>
    <message>
        <source>Set a monthly ad spend, or drop paid campaigns from the goals and tasks.</source>
        <translation>Définissez un budget publicitaire mensuel, ou retirez les campagnes payantes des objectifs et des tâches.</translation>
    </message>
    <message>
        <source>Going from no followers to %1 in %2: a monthly growth rate multiplies the followers there are, so from zero no rate gets there.</source>
        <translation>Passer de zéro abonné à %1 en %2&#xa0;: un taux de croissance mensuel multiplie les abonnés existants&#xa0;; à partir de zéro, aucun taux n’y mène.</translation>
    </message>
    <message>
        <source>A new account first has to find its audience. The monthly growth range (%1 to %2 for the %3, an assumption: the articles give no figures) only applies once there is an audience to grow.</source>
        <translation>Un nouveau compte doit d’abord trouver son audience. La fourchette de croissance mensuelle (%1 à %2 pour un %3, une hypothèse&#xa0;: les articles ne donnent aucun chiffre) ne s’applique qu’une fois qu’il existe une audience à faire croître.</translation>
    </message>
    <message>
        <source>Note the follower count after the first month as the baseline and set the target from it; judge the first months by engagement and reach, or add a short influencer campaign if you need a quick spike.</source>
        <translation>Notez le nombre d’abonnés après le premier mois comme niveau de départ et fixez l’objectif chiffré à partir de celui-ci&#xa0;; évaluez les premiers mois sur l’engagement et la portée, ou ajoutez une courte campagne d’influence si vous avez besoin d’un pic rapide.</translation>
    </message>
    <message>
        <source>Going from %1 to %2 followers in %3 needs %4 growth a month; you assume the %5 grows an audience by %6 to %7 a month.</source>
        <translation>Passer de %1 à %2 abonnés en %3 demande une croissance de %4 par mois&#xa0;; vous supposez qu’un %5 fait croître une audience de %6 à %7 par mois.</translation>
    </message>
    <message>
        <source>Going from %1 to %2 followers in %3 needs %4 growth a month; the catalog assumes, as an illustration and not from the articles, that the %5 grows an audience by %6 to %7 a month.</source>
        <translation>Passer de %1 à %2 abonnés en %3 demande une croissance de %4 par mois&#xa0;; le catalogue suppose, à titre d’illustration et non d’après les articles, qu’un %5 fait croître une audience de %6 à %7 par mois.</translation>
    </message>
    <message>
        <source>The growth needed is above the range assumed for the %1. That range is an assumption, not a figure from the articles: change it in the advisor if you know better.</source>
        <translation>La croissance nécessaire dépasse la fourchette supposée pour un %1. Cette fourchette est une hypothèse, pas un chiffre tiré des articles&#xa0;: modifiez-la dans le Conseiller si vous disposez de meilleures informations.</translation>
    </message>
    <message>
        <source>Expect about %1 to %2 followers after %3, or add a short influencer campaign if you need a quick spike.</source>
        <translation>Comptez environ %1 à %2 abonnés après %3, ou ajoutez une courte campagne d’influence si vous avez besoin d’un pic rapide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is among what the %2 is judged by, but not mainly.</source>
        <translation>«&#xa0;%1&#xa0;» fait partie des critères d’évaluation d’un %2, mais pas des principaux.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not what the %2 is for.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas la vocation d’un %2.</translation>
    </message>
    <message>
        <source> or the </source>
        <extracomment>Between role titles: &quot;the X or the Y&quot;; German: “ oder zur Rolle „ (quoted titles)</extracomment>
        <translation> ou d’un </translation>
    </message>
    <message>
        <source>No role in the catalog is mainly judged by it; agree how it will be measured.</source>
        <translation>Aucun rôle du catalogue n’est principalement évalué sur ce point&#xa0;; convenez de la manière de le mesurer.</translation>
    </message>
    <message>
        <source>This goal belongs to the %1.</source>
        <translation>Cet objectif relève d’un %1.</translation>
    </message>
    <message>
        <source>This goal belongs to the %1, or to one other role in the catalog.</source>
        <translation>Cet objectif relève d’un %1, ou d’un autre rôle du catalogue.</translation>
    </message>
    <message>
        <source>This goal belongs to the %1, or to one of %2 other roles in the catalog.</source>
        <translation>Cet objectif relève d’un %1, ou de l’un des %2 autres rôles du catalogue.</translation>
    </message>
    <message>
        <source>You want %1, but the %2 builds over the long term.</source>
        <translation>Vous voulez «&#xa0;%1&#xa0;», mais le travail d’un %2 se construit sur le long terme.</translation>
    </message>
    <message>
        <source>No role in the catalog is described as delivering this right away: plan for the %1&apos;s results to build over months, and judge the role on them.</source>
        <translation>Aucun rôle du catalogue n’est décrit comme apportant cela immédiatement&#xa0;: prévoyez que les résultats d’un %1 se construisent sur plusieurs mois, et évaluez le rôle sur ces résultats.</translation>
    </message>
    <message>
        <source>For what you need right away, work with an %1 on a short campaign; judge the %2 on what builds over months.</source>
        <translation>Pour ce dont vous avez besoin tout de suite, travaillez avec un %1 sur une courte campagne&#xa0;; évaluez la personne recrutée comme %2 sur ce qui se construit au fil des mois.</translation>
    </message>
    <message>
        <source>For what you need right away, work with a %1 on a short campaign; judge the %2 on what builds over months.</source>
        <translation>Pour ce dont vous avez besoin tout de suite, travaillez avec un %1 sur une courte campagne&#xa0;; évaluez la personne recrutée comme %2 sur ce qui se construit au fil des mois.</translation>
    </message>
    <message>
        <source>The %1 is considered for %2, which take months; the catalog describes the role&apos;s work as immediate rather than long-term.</source>
        <translation>Vous envisagez un %1 pour des objectifs qui demandent des mois (%2)&#xa0;; le catalogue décrit le travail de ce rôle comme immédiat plutôt que de long terme.</translation>
    </message>
    <message>
        <source>Use the %1 for what it delivers in the short term, and agree how %2 will be built and measured: no role in the catalog is described as serving it over the long term.</source>
        <translation>Faites appel à un %1 pour ce qu’il apporte à court terme, et convenez de la manière de construire et de mesurer ces objectifs (%2)&#xa0;: aucun rôle du catalogue n’est décrit comme y répondant sur le long terme.</translation>
    </message>
    <message>
        <source>Use the %1 for what it delivers in the short term; for %2, hire an %3.</source>
        <translation>Faites appel à un %1 pour ce qu’il apporte à court terme&#xa0;; pour ces objectifs (%2), recrutez un %3.</translation>
    </message>
    <message>
        <source>Use the %1 for what it delivers in the short term; for %2, hire a %3.</source>
        <translation>Faites appel à un %1 pour ce qu’il apporte à court terme&#xa0;; pour ces objectifs (%2), recrutez un %3.</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Between goal labels in a sentence, &quot;a, b and c&quot;; German: “, „ (the sentence quotes the list)</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source> and </source>
        <extracomment>Before the last goal label in a sentence, &quot;a, b and c&quot;; German: “ und „</extracomment>
        <translation> et </translation>
    </message>
    <message>
        <source>The %1 would be judged mainly by follower count, which is not among the role&apos;s primary measures.</source>
        <translation>La personne recrutée comme %1 serait évaluée principalement sur le nombre d’abonnés, qui ne fait pas partie des indicateurs principaux de ce rôle.</translation>
    </message>
    <message>
        <source>What the sources measure the %1 by: %2</source>
        <translation>Indicateurs d’un %1 selon les sources&#xa0;: %2</translation>
    </message>
    <message>
        <source>Agree with the hire which measures the role is judged by; keep follower count as one signal among them.</source>
        <translation>Convenez avec la personne recrutée des indicateurs sur lesquels le rôle est évalué&#xa0;; gardez le nombre d’abonnés comme un signal parmi d’autres.</translation>
    </message>
    <message>
        <source>Judge the hire by %1; keep follower count as one signal among them.</source>
        <translation>Évaluez la personne recrutée sur ces indicateurs&#xa0;: %1&#xa0;; gardez le nombre d’abonnés comme un signal parmi d’autres.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>As one article puts it: %1</source>
        <translation>Comme le dit un article&#xa0;: %1</translation>
    </message>
    <message>
        <source>As the articles put it: %1</source>
        <translation>Comme le disent les articles&#xa0;: %1</translation>
    </message>
    <message>
        <source>None of the %1&apos;s responsibilities covers it; it is part of the %2&apos;s work.</source>
        <translation>Cela ne relève d’aucune des responsabilités d’un %1&#xa0;; cela fait partie du travail d’un %2.</translation>
    </message>
    <message>
        <source>None of the %1&apos;s responsibilities covers it; one article describes it as part of the %2&apos;s work: %3</source>
        <translation>Cela ne relève d’aucune des responsabilités d’un %1&#xa0;; selon un article, cela fait partie du travail d’un %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>None of the %1&apos;s responsibilities covers it; the articles describe it as part of the %2&apos;s work: %3</source>
        <translation>Cela ne relève d’aucune des responsabilités d’un %1&#xa0;; selon les articles, cela fait partie du travail d’un %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The articles disagree on whose work this is. %1 %2</source>
        <translation>Les articles ne s’accordent pas sur qui doit faire ce travail. %1 %2</translation>
    </message>
    <message>
        <source>Leave it out of this job description, or agree in it who does this work: the articles give it to the %1.</source>
        <translation>Retirez cette tâche de la fiche de poste, ou précisez-y qui fait ce travail&#xa0;: les articles l’attribuent à un %1.</translation>
    </message>
    <message>
        <source> or to the </source>
        <extracomment>Between role titles: &quot;to the X or to the Y&quot;; German: “ oder der Rolle „ (quoted titles)</extracomment>
        <translation> ou à un </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not among the %2&apos;s responsibilities in the catalog, and the articles disagree on whose work it is.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie des responsabilités d’un %2 dans le catalogue, et les articles ne s’accordent pas sur qui doit s’en charger.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is usually not the work of the %2; the catalog gives it to the %3.</source>
        <translation>«&#xa0;%1&#xa0;» ne relève généralement pas du travail d’un %2&#xa0;; le catalogue l’attribue à un %3.</translation>
    </message>
    <message>
        <source>Leave it out of this job description; if it must be done, hire or contract someone for the %1&apos;s work.</source>
        <translation>Retirez cette tâche de la fiche de poste&#xa0;; si elle doit être faite, recrutez quelqu’un ou faites appel à un prestataire pour le travail d’un %1.</translation>
    </message>
    <message>
        <source>One hire is expected to be both %1 and %2: the catalog keeps these roles apart.</source>
        <translation>On attend d’une seule personne recrutée qu’elle soit à la fois %1 et %2&#xa0;: le catalogue sépare ces rôles.</translation>
    </message>
    <message>
        <source>One hire is expected to fill %1 roles (%2): the catalog keeps these roles apart.</source>
        <translation>On attend d’une seule personne recrutée qu’elle tienne %1 rôles (%2)&#xa0;: le catalogue sépare ces rôles.</translation>
    </message>
    <message>
        <source>The articles keep the %1&apos;s and the %2&apos;s work apart: %3</source>
        <translation>Les articles distinguent le travail d’un %1 de celui d’un %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>The articles do not discuss one person doing the work of both the %1; the catalog describes them as separate roles (general practice).</source>
        <translation>Les articles n’évoquent pas le cas d’une seule personne qui serait à la fois %1&#xa0;; le catalogue les décrit comme des rôles distincts (pratique courante).</translation>
    </message>
    <message>
        <source>, nor of both the </source>
        <translation>, ni à la fois </translation>
    </message>
    <message>
        <source>If one person does both, budget the hours and pay for both, and judge each role by its own measures.</source>
        <translation>Si une seule personne assure les deux, prévoyez le temps et la rémunération pour les deux, et évaluez chaque rôle sur ses propres indicateurs.</translation>
    </message>
    <message>
        <source>Hire for the role that matters most now, and hire or contract the other roles&apos; work separately, or leave it out.</source>
        <translation>Recrutez pour le rôle qui compte le plus aujourd’hui, et confiez séparément le travail des autres rôles, en recrutant ou en faisant appel à un prestataire, ou renoncez-y.</translation>
    </message>
    <message>
        <source>The monthly salary you entered, %1, comes to %2 for each of the %3 roles.</source>
        <translation>Le salaire mensuel que vous avez indiqué, %1, revient à %2 pour chacun des %3 rôles.</translation>
    </message>
    <message>
        <source>Serves the goal you listed: %1.</source>
        <translation>Répond à l’objectif que vous avez indiqué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Serves %1 of the %2 goals you listed: %3.</source>
        <translation>Répond à %1 des %2 objectifs que vous avez indiqués&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Does the task you listed: %1.</source>
        <translation>Assure la tâche que vous avez indiquée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Does %1 of the %2 tasks you listed: %3.</source>
        <translation>Assure %1 des %2 tâches que vous avez indiquées&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>AgreementDocument</name>
    <message>
        <source>Expectations agreement</source>
        <translation>Accord sur les attentes</translation>
    </message>
    <message>
        <source>Expectations agreement: %1</source>
        <translation>Accord sur les attentes&#xa0;: %1</translation>
    </message>
    <message>
        <source>owner&apos;s target: %1</source>
        <translation>objectif du dirigeant&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Version %1, issued on %2</source>
        <translation>Version %1, établie le %2</translation>
    </message>
    <message>
        <source>What the hire is for, what to judge it by and what it does not do: for the owner and the hire to agree on, and sign.</source>
        <translation>La raison d’être du poste, les critères d’évaluation de la personne recrutée et ce qu’elle ne fait pas&#xa0;: à convenir entre le dirigeant et la personne recrutée, puis à signer.</translation>
    </message>
    <message>
        <source>What this role does not do, and who does</source>
        <translation>Ce que ce rôle ne fait pas, et qui s’en charge</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Bon pour accord</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Changes since version %1 of %2</source>
        <translation>Modifications depuis la version %1 du %2</translation>
    </message>
    <message>
        <source>New:</source>
        <translation>Nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>No longer:</source>
        <translation>Retiré&#xa0;:</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Issued on %1. The owner and the hire review the targets above together at %2, counted from the issue date; the first review is on %3.</source>
        <translation>Établi le %1. Le dirigeant et la personne recrutée font ensemble le bilan des objectifs chiffrés ci-dessus à %2, à compter de la date d’établissement&#xa0;; le premier bilan a lieu le %3.</translation>
    </message>
    <message>
        <source>The role and its purpose</source>
        <translation>Le rôle et sa raison d’être</translation>
    </message>
    <message>
        <source>Time horizon: %1</source>
        <translation>Horizon temporel&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, for %2</source>
        <translation>%1, pour %2</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>Impossible d’écrire %1&#xa0;: c’est un dossier.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full or the file size limit was reached (%2 of %3 bytes written).</source>
        <translation>Impossible d’écrire %1&#xa0;: le disque est plein ou la taille maximale de fichier est atteinte (%2 octets écrits sur %3).</translation>
    </message>
</context>
<context>
    <name>Benchmark</name>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>average</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>across the sample</source>
        <translation>sur l’ensemble de l’échantillon</translation>
    </message>
    <message>
        <source>average of the top performers</source>
        <translation>moyenne des plus performants</translation>
    </message>
    <message>
        <source>what consumers expect</source>
        <translation>attentes des consommateurs</translation>
    </message>
</context>
<context>
    <name>CatalogFileParser</name>
    <message>
        <source>expected &quot;rolelens-catalog&quot;, found &quot;%1&quot;</source>
        <translation>attendu&#xa0;: «&#xa0;rolelens-catalog&#xa0;», trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>version %1 is not supported (this program reads version %2)</source>
        <translation>la version %1 n’est pas prise en charge (ce programme lit la version %2)</translation>
    </message>
    <message>
        <source>unknown statistic &quot;%1&quot; (expected median, average, overall, top-performers or consumer-expectation)</source>
        <translation>statistique «&#xa0;%1&#xa0;» inconnue (attendu&#xa0;: median, average, overall, top-performers ou consumer-expectation)</translation>
    </message>
    <message>
        <source>a benchmark must quote the report&apos;s words that give its figure</source>
        <translation>une valeur de référence doit citer les termes du rapport qui donnent son chiffre</translation>
    </message>
    <message>
        <source>%1 is out of range (expected 0 to %2)</source>
        <translation>%1 est hors limites (attendu&#xa0;: 0 à %2)</translation>
    </message>
    <message>
        <source>duplicate %1 id &quot;%2&quot; in this file</source>
        <translation>identifiant %1 «&#xa0;%2&#xa0;» en double dans ce fichier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>every statement must cite at least one source</source>
        <translation>chaque affirmation doit citer au moins une source</translation>
    </message>
    <message>
        <source>must name at least one role</source>
        <translation>doit nommer au moins un rôle</translation>
    </message>
    <message>
        <source>a disagreement needs at least two positions</source>
        <translation>un désaccord nécessite au moins deux positions</translation>
    </message>
    <message>
        <source>unknown oneHire &quot;%1&quot; (expected possible or warned-against)</source>
        <translation>valeur oneHire «&#xa0;%1&#xa0;» inconnue (attendu&#xa0;: possible ou warned-against)</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>valeurs attendues&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown dimension &quot;%1&quot;</source>
        <translation>dimension «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>expected one of the %1 tags: %2</source>
        <translation>étiquette attendue parmi celles de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a goal needs metrics or tags, or no role can serve it</source>
        <translation>un objectif nécessite des indicateurs ou des étiquettes, sinon aucun rôle ne peut y répondre</translation>
    </message>
    <message>
        <source>unknown document &quot;%1&quot; (expected advice or agreement)</source>
        <translation>document «&#xa0;%1&#xa0;» inconnu (attendu&#xa0;: advice ou agreement)</translation>
    </message>
    <message>
        <source>must list at least one entry</source>
        <translation>doit contenir au moins une entrée</translation>
    </message>
    <message>
        <source>unknown emphasis &quot;%1&quot; (expected primary or secondary)</source>
        <translation>importance «&#xa0;%1&#xa0;» inconnue (attendu&#xa0;: primary ou secondary)</translation>
    </message>
    <message>
        <source>weight %1 is out of range (expected 1 to 5)</source>
        <translation>le poids %1 est hors limites (attendu&#xa0;: 1 à 5)</translation>
    </message>
    <message>
        <source>%1 weeks is out of range (expected %2 %3 to 520)</source>
        <translation>%1&#xa0;semaines&#xa0;: valeur hors limites (attendu&#xa0;: %2 %3 et au plus 520)</translation>
    </message>
    <message>
        <source>from</source>
        <translation>au moins</translation>
    </message>
    <message>
        <source>more than</source>
        <translation>plus de</translation>
    </message>
    <message>
        <source>holdWeeks needs decayHalfLifeWeeks (without decay the effect lasts)</source>
        <translation>holdWeeks nécessite decayHalfLifeWeeks (sans déclin, l’effet dure)</translation>
    </message>
    <message>
        <source>expected 0 &lt;= lowPercentPerMonth &lt;= highPercentPerMonth &lt;= 1000, found %1 and %2</source>
        <translation>attendu&#xa0;: 0 &lt;= lowPercentPerMonth &lt;= highPercentPerMonth &lt;= 1000, trouvé&#xa0;: %1 et %2</translation>
    </message>
    <message>
        <source>must list at least one tag</source>
        <translation>doit contenir au moins une étiquette</translation>
    </message>
    <message>
        <source>unknown tag &quot;%1&quot; for %2 (expected one of: %3)</source>
        <translation>étiquette «&#xa0;%1&#xa0;» inconnue pour %2 (valeurs attendues&#xa0;: %3)</translation>
    </message>
    <message>
        <source>tag &quot;%1&quot; is listed twice</source>
        <translation>l’étiquette «&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>unknown source kind &quot;%1&quot; (expected article, general-practice, illustrative or published-benchmark)</source>
        <translation>type de source «&#xa0;%1&#xa0;» inconnu (attendu&#xa0;: article, general-practice, illustrative ou published-benchmark)</translation>
    </message>
    <message>
        <source>%1 is out of range (expected a year from %2 to %3)</source>
        <translation>%1 est hors limites (attendu&#xa0;: une année de %2 à %3)</translation>
    </message>
    <message>
        <source>a published benchmark must name its publisher</source>
        <translation>une valeur de référence publiée doit nommer son éditeur</translation>
    </message>
    <message>
        <source>only a published-benchmark source has &quot;%1&quot;</source>
        <translation>seule une source de type published-benchmark peut avoir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected a web address starting with https:// or http://, found &quot;%1&quot;</source>
        <translation>attendu&#xa0;: une adresse web commençant par https:// ou http://, trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected %1 sides, found %2</source>
        <translation>%1 côtés attendus, %2 trouvés</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already a side of the work kind &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;» est déjà un côté du type de travail «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>a side needs at least one tag, or no role involves it</source>
        <translation>un côté demande au moins une étiquette, sinon aucun rôle ne l’implique</translation>
    </message>
    <message>
        <source>expected a role id or an object {role, label, condition, sources}, found %1</source>
        <translation>attendu&#xa0;: un id de rôle ou un objet {role, label, condition, sources}, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>an object here needs a &quot;label&quot; or a &quot;condition&quot; for its sources to support; write the plain role id otherwise</source>
        <translation>un objet a besoin ici d’un «&#xa0;label&#xa0;» ou d’une «&#xa0;condition&#xa0;» qu’étayent ses sources&#xa0;; sinon, écrivez seulement l’id du rôle</translation>
    </message>
</context>
<context>
    <name>CatalogLoader</name>
    <message>
        <source>is a folder, not a catalog file</source>
        <translation>est un dossier, pas un fichier de catalogue</translation>
    </message>
    <message>
        <source>is %1 bytes; catalog files are limited to %2 bytes</source>
        <translation>fait %1 octets&#xa0;; les fichiers de catalogue sont limités à %2 octets</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation>source «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>a citation of the article &quot;%1&quot; must quote the statement that supports it</source>
        <translation>une citation de l’article «&#xa0;%1&#xa0;» doit reprendre l’affirmation qui l’étaye</translation>
    </message>
    <message>
        <source>a citation of the published benchmark &quot;%1&quot; must quote the report&apos;s words</source>
        <translation>une citation de la valeur de référence publiée «&#xa0;%1&#xa0;» doit reprendre les termes du rapport</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a source of kind %2; a benchmark must cite a source of kind published-benchmark</source>
        <translation>«&#xa0;%1&#xa0;» est une source de type %2&#xa0;; une valeur de référence doit citer une source de type published-benchmark</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;</source>
        <translation>indicateur «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (closest known: %2)</source>
        <translation>rôle «&#xa0;%1&#xa0;» inconnu (le plus proche&#xa0;: %2)</translation>
    </message>
    <message>
        <source>unknown task &quot;%1&quot;</source>
        <translation>tâche «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <source>unknown disagreement &quot;%1&quot;</source>
        <translation>désaccord «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <source>a role cannot supervise itself</source>
        <translation>un rôle ne peut pas se superviser lui-même</translation>
    </message>
    <message>
        <source>&quot;%1&quot; supervises &quot;%2&quot;, but &quot;%2&quot; does not list &quot;%1&quot; in reportsTo</source>
        <translation>«&#xa0;%1&#xa0;» supervise «&#xa0;%2&#xa0;», mais «&#xa0;%2&#xa0;» ne mentionne pas «&#xa0;%1&#xa0;» dans reportsTo</translation>
    </message>
    <message>
        <source>a role cannot report to itself</source>
        <translation>un rôle ne peut pas rendre compte à lui-même</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reports to &quot;%2&quot;, but &quot;%2&quot; does not list &quot;%1&quot; in supervises</source>
        <translation>«&#xa0;%1&#xa0;» rend compte à «&#xa0;%2&#xa0;», mais «&#xa0;%2&#xa0;» ne mentionne pas «&#xa0;%1&#xa0;» dans supervises</translation>
    </message>
    <message>
        <source>no role lists the responsibility &quot;%1&quot;</source>
        <translation>aucun rôle ne mentionne la responsabilité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lists none of the task&apos;s responsibilities</source>
        <translation>«&#xa0;%1&#xa0;» ne mentionne aucune des responsabilités de la tâche</translation>
    </message>
    <message>
        <source>no role in any of the catalog files read (%1)</source>
        <translation>aucun rôle dans les fichiers de catalogue lus (%1)</translation>
    </message>
    <message>
        <source>is a folder, not a catalog translation file</source>
        <translation>est un dossier, pas un fichier de traduction du catalogue</translation>
    </message>
    <message>
        <source>is %1 bytes; catalog translation files are limited to %2 bytes</source>
        <translation>fait %1 octets&#xa0;; les fichiers de traduction du catalogue sont limités à %2 octets</translation>
    </message>
</context>
<context>
    <name>CatalogTranslation</name>
    <message>
        <source>expected &quot;rolelens-catalog-translation&quot;, found &quot;%1&quot;</source>
        <translation>attendu&#xa0;: «&#xa0;rolelens-catalog-translation&#xa0;», trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>version %1 is not supported (this program reads version %2)</source>
        <translation>la version %1 n’est pas prise en charge (ce programme lit la version %2)</translation>
    </message>
    <message>
        <source>the file is named for language &quot;%1&quot; but says &quot;%2&quot;</source>
        <translation>le nom du fichier indique la langue «&#xa0;%1&#xa0;», mais le fichier indique «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the catalog file has no &quot;%1&quot; here to translate</source>
        <translation>le fichier du catalogue n’a pas ici de «&#xa0;%1&#xa0;» à traduire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not translated: ids, sources, quotes, tags, codes and numbers stay as the catalog file has them</source>
        <translation>«&#xa0;%1&#xa0;» ne se traduit pas&#xa0;: identifiants, sources, citations, étiquettes, codes et nombres restent tels que le fichier du catalogue les donne</translation>
    </message>
    <message>
        <source>missing: the translation of this entry must translate &quot;%1&quot; too</source>
        <translation>manquant&#xa0;: la traduction de cette entrée doit aussi traduire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected the translated text</source>
        <translation>texte traduit attendu</translation>
    </message>
    <message>
        <source>expected a list, as in the catalog file</source>
        <translation>liste attendue, comme dans le fichier du catalogue</translation>
    </message>
    <message>
        <source>expected an object, as in the catalog file</source>
        <translation>objet attendu, comme dans le fichier du catalogue</translation>
    </message>
    <message>
        <source>the catalog file has no entry %1 here (it has %2)</source>
        <translation>le fichier du catalogue n’a pas ici d’entrée %1 (il en a %2)</translation>
    </message>
    <message>
        <source>missing: the translation of entry %1 of %2 here</source>
        <translation>manquant&#xa0;: ici, la traduction de l’entrée %1 sur %2</translation>
    </message>
    <message>
        <source>expected the id of the entry translated</source>
        <translation>identifiant de l’entrée traduite attendu</translation>
    </message>
    <message>
        <source>the catalog file has no entry &quot;%1&quot; here</source>
        <translation>le fichier du catalogue n’a pas ici d’entrée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is translated twice</source>
        <translation>«&#xa0;%1&#xa0;» est traduit deux fois</translation>
    </message>
    <message>
        <source>missing: the translation of &quot;%1&quot;</source>
        <translation>manquant&#xa0;: la traduction de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try &apos;rolelens --help&apos;.</source>
        <translation>Essayez «&#xa0;rolelens --help&#xa0;».</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>compare takes 2 to 4 roles, %1 given</source>
        <translation>compare attend 2 à 4 rôles (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>advise takes one scenario file, %1 given</source>
        <translation>advise attend un seul fichier de scénario (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>document takes a kind and a role or scenario file, e.g. &apos;rolelens document job-post social-media-manager&apos;; %1 given</source>
        <translation>document attend un type et un rôle ou un fichier de scénario, par ex. «&#xa0;rolelens document job-post social-media-manager&#xa0;» (reçu&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1 needs a role id, e.g. &apos;rolelens %1 social-media-manager&apos;</source>
        <translation>%1 attend un identifiant de rôle, par ex. «&#xa0;rolelens %1 social-media-manager&#xa0;»</translation>
    </message>
    <message>
        <source>too many arguments for %1: %2</source>
        <translation>trop d’arguments pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>rolelens: the catalog is invalid; problems found: %1</source>
        <translation>rolelens&#xa0;: le catalogue n’est pas valide&#xa0;; problèmes détectés&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;; did you mean: %2?</source>
        <translation>rôle «&#xa0;%1&#xa0;» inconnu&#xa0;; vouliez-vous dire&#xa0;: %2&#xa0;?</translation>
    </message>
    <message>
        <source>rolelens: the scenario is invalid; problems found: %1</source>
        <translation>rolelens&#xa0;: le scénario n’est pas valide&#xa0;; problèmes détectés&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown document &quot;%1&quot;; the documents are: %2</source>
        <translation>document «&#xa0;%1&#xa0;» inconnu&#xa0;; les documents sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>list the roles</source>
        <translation>lister les rôles</translation>
    </message>
    <message>
        <source>List the roles in the catalog, by category.</source>
        <translation>Lister les rôles du catalogue, par catégorie.</translation>
    </message>
    <message>
        <source>one role&apos;s profile</source>
        <translation>le profil d’un rôle</translation>
    </message>
    <message>
        <source>Show one role&apos;s profile: its purpose, every comparison dimension, responsibilities, skills, success metrics, what it does not do, misconceptions, and the sources of each statement. ROLE is an id or an alias (e.g. SMM).</source>
        <translation>Afficher le profil d’un rôle&#xa0;: sa raison d’être, chaque dimension de comparaison, ses responsabilités, ses compétences, ses indicateurs de réussite, ce qu’il ne fait pas, les idées reçues et les sources de chaque affirmation. ROLE est un identifiant ou un alias (par ex. SMM).</translation>
    </message>
    <message>
        <source>2 to 4 roles side by side</source>
        <translation>2 à 4 rôles côte à côte</translation>
    </message>
    <message>
        <source>Compare 2 to 4 roles side by side, dimension by dimension, with the metrics, responsibilities and skills they share and those unique to each.</source>
        <translation>Comparer 2 à 4 rôles côte à côte, dimension par dimension, avec les indicateurs, responsabilités et compétences qu’ils partagent et ceux propres à chacun.</translation>
    </message>
    <message>
        <source>advice on a hiring scenario</source>
        <translation>conseils sur un scénario de recrutement</translation>
    </message>
    <message>
        <source>a document to hire with</source>
        <translation>un document pour recruter</translation>
    </message>
    <message>
        <source>Write one of the documents an owner takes from the decision to the signature, for a role or for the role a scenario file&apos;s advice is about: %1. Every line is a catalog statement with its sources; with --pdf, a printable sheet.</source>
        <translation>Écrire l’un des documents dont un dirigeant a besoin, de la décision à la signature, pour un rôle ou pour le rôle visé par les conseils d’un fichier de scénario&#xa0;: %1. Chaque ligne est une affirmation du catalogue avec ses sources&#xa0;; avec --pdf, une fiche imprimable.</translation>
    </message>
    <message>
        <source>Also load the catalog FILE (repeatable); its entries add to or replace built-in ones.</source>
        <translation>Charger aussi le fichier de catalogue FILE (option répétable)&#xa0;; ses entrées complètent ou remplacent les entrées intégrées.</translation>
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
        <translation>Afficher les messages de débogage sur stderr.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) and exit.</source>
        <translation>Enregistrer une capture de la fenêtre dans FILE (PNG) et quitter.</translation>
    </message>
    <message>
        <source>VIEW</source>
        <translation>VIEW</translation>
    </message>
    <message>
        <source>Window palette: light or dark (default: the system&apos;s).</source>
        <translation>Palette de la fenêtre&#xa0;: light ou dark (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>PALETTE</source>
        <translation>PALETTE</translation>
    </message>
    <message>
        <source>Write the printable sheet to FILE (PDF).</source>
        <translation>Écrire la fiche imprimable dans FILE (PDF).</translation>
    </message>
    <message>
        <source>Paper: a4 or letter.</source>
        <translation>Papier&#xa0;: a4 ou letter.</translation>
    </message>
    <message>
        <source>PAPER</source>
        <translation>PAPER</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot attend un nom de fichier</translation>
    </message>
    <message>
        <source>unknown palette &quot;%1&quot; (expected light or dark)</source>
        <translation>palette «&#xa0;%1&#xa0;» inconnue (attendu&#xa0;: light ou dark)</translation>
    </message>
    <message>
        <source>--pdf needs a file name</source>
        <translation>--pdf attend un nom de fichier</translation>
    </message>
    <message>
        <source>--paper goes with --pdf</source>
        <translation>--paper s’utilise avec --pdf</translation>
    </message>
    <message>
        <source>unknown paper &quot;%1&quot; (expected a4 or letter)</source>
        <translation>format de papier «&#xa0;%1&#xa0;» inconnu (attendu&#xa0;: a4 ou letter)</translation>
    </message>
    <message>
        <source>Also load a catalog file (repeatable).</source>
        <translation>Charger aussi un fichier de catalogue (répétable).</translation>
    </message>
    <message>
        <source>Usage: rolelens %1 [options]</source>
        <translation>Utilisation&#xa0;: rolelens %1 [options]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Usage: rolelens [options] [command] [arguments]</source>
        <translation>Utilisation&#xa0;: rolelens [options] [commande] [arguments]</translation>
    </message>
    <message>
        <source>RoleLens explains what social media and adjacent roles are for, how they are judged, and what they do not do. Without a command, the window starts.</source>
        <translation>RoleLens explique à quoi servent les rôles des réseaux sociaux et les rôles voisins, sur quoi ils sont évalués et ce qu’ils ne font pas. Sans commande, la fenêtre s’ouvre.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Window options:</source>
        <translation>Options de la fenêtre&#xa0;:</translation>
    </message>
    <message>
        <source>Use this palette, not the system&apos;s.</source>
        <translation>Utiliser cette palette plutôt que celle du système.</translation>
    </message>
    <message>
        <source>Render the window to a PNG and exit.</source>
        <translation>Enregistrer la fenêtre en PNG et quitter.</translation>
    </message>
    <message>
        <source>With --screenshot: browse|compare|metrics|</source>
        <translation>Avec --screenshot&#xa0;: browse|compare|metrics|</translation>
    </message>
    <message>
        <source>With --screenshot: the role (browse) or roles</source>
        <translation>Avec --screenshot&#xa0;: le rôle (browse) ou les rôles</translation>
    </message>
    <message>
        <source>(compare) to show.</source>
        <translation>(compare) à afficher.</translation>
    </message>
    <message>
        <source>&apos;rolelens COMMAND --help&apos; describes a command. Exit codes: 0 success, 1 the window could not start, 2 wrong usage or unknown role, 3 invalid catalog or scenario file, 4 a file could not be written.</source>
        <translation>«&#xa0;rolelens COMMAND --help&#xa0;» décrit une commande. Codes de sortie&#xa0;: 0 succès, 1 la fenêtre n’a pas pu s’ouvrir, 2 mauvaise utilisation ou rôle inconnu, 3 fichier de catalogue ou de scénario non valide, 4 un fichier n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Language of the output or the window: en, de, es or fr.</source>
        <translation>Langue de la sortie ou de la fenêtre&#xa0;: en, de, es ou fr.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected %2)</source>
        <translation>langue «&#xa0;%1&#xa0;» inconnue (attendu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Language: en, de, es or fr (default: the</source>
        <translation>Langue&#xa0;: en, de, es ou fr (par défaut&#xa0;: celle</translation>
    </message>
    <message>
        <source>system&apos;s; in the window, the last one chosen).</source>
        <translation>du système&#xa0;; dans la fenêtre, la dernière choisie).</translation>
    </message>
    <message>
        <source>--format needs a command (list, show, compare, advise or document)</source>
        <translation>--format s’utilise avec une commande (list, show, compare, advise ou document)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s), %2).</source>
        <translation>
            <numerusform>%1 écrit (pages&#xa0;: %n, %2).</numerusform>
            <numerusform>%1 écrit (pages&#xa0;: %n, %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open scenario (.rolelens.json) or catalog files.</source>
        <translation>Ouvrir des fichiers de scénario (.rolelens.json) ou de catalogue.</translation>
    </message>
    <message>
        <source>the document &quot;%1&quot; has no table to write as CSV</source>
        <translation>le document «&#xa0;%1&#xa0;» ne contient aucun tableau à écrire en CSV</translation>
    </message>
    <message>
        <source>the advice on %1 judges no role, so it has no targets to write as CSV</source>
        <translation>les conseils sur %1 n’évaluent aucun rôle et n’ont donc pas d’objectifs chiffrés à écrire en CSV</translation>
    </message>
    <message>
        <source>Read a scenario file (what a business owner wants from a hire; see docs/scenario-format.md) and print the roles that fit, each unrealistic expectation with its reason and sources, and realistic targets to judge the hire by. With --pdf, write the expectations agreement instead; with --format csv, the table of realistic targets alone. Exits with 3 when the scenario is invalid.</source>
        <translation>Lire un fichier de scénario (ce qu’un dirigeant d’entreprise attend de la personne qu’il recrute&#xa0;; voir docs/scenario-format.md) et afficher les rôles adaptés, chaque attente irréaliste avec sa raison et ses sources, et des objectifs chiffrés réalistes pour évaluer la personne recrutée. Avec --pdf, écrire plutôt l’accord sur les attentes&#xa0;; avec --format csv, seulement le tableau des objectifs chiffrés réalistes. Se termine avec le code 3 si le scénario n’est pas valide.</translation>
    </message>
    <message>
        <source>Output format: text, json, markdown, html or csv.</source>
        <translation>Format de sortie&#xa0;: text, json, markdown, html ou csv.</translation>
    </message>
    <message>
        <source>Window font size in points (default: the system&apos;s).</source>
        <translation>Taille de police de la fenêtre, en points (par défaut&#xa0;: celle du système).</translation>
    </message>
    <message>
        <source>POINTS</source>
        <translation>POINTS</translation>
    </message>
    <message>
        <source>--screenshot, --view, --palette and --font-size are for the window, not for &apos;%1&apos;</source>
        <translation>--screenshot, --view, --palette et --font-size concernent la fenêtre, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--font-size needs a number of points from %1 to %2, not &quot;%3&quot;</source>
        <translation>--font-size attend un nombre de points de %1 à %2, pas «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (expected %2)</source>
        <translation>format «&#xa0;%1&#xa0;» inconnu (attendu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>text (default), json, markdown, html or csv.</source>
        <translation>text (par défaut), json, markdown, html ou csv.</translation>
    </message>
    <message>
        <source>With a command: text (default), json, markdown,</source>
        <translation>Avec une commande&#xa0;: text (par défaut), json, markdown,</translation>
    </message>
    <message>
        <source>html or csv (its tables, for a spreadsheet).</source>
        <translation>html ou csv (ses tableaux, pour un tableur).</translation>
    </message>
    <message>
        <source>Use a font of this size, not the system&apos;s.</source>
        <translation>Utiliser une police de cette taille plutôt que celle du système.</translation>
    </message>
    <message>
        <source>unknown skill &quot;%1&quot;; the skills are: %2</source>
        <translation>compétence «&#xa0;%1&#xa0;» inconnue&#xa0;; les compétences sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a skill is rated some or strong, not &quot;%2&quot;</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: une compétence se note some ou strong, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>which role fits your skills</source>
        <translation>quel rôle correspond à vos compétences</translation>
    </message>
    <message>
        <source>fit takes the skills you have or the work you prefer, e.g. &apos;rolelens fit writing empathy=some --prefer content&apos;</source>
        <translation>fit attend les compétences que vous avez ou le travail que vous préférez, p. ex. «&#xa0;rolelens fit writing empathy=some --prefer content&#xa0;»</translation>
    </message>
    <message>
        <source>unknown kind of work &quot;%1&quot;; the kinds are: %2</source>
        <translation>type de travail inconnu «&#xa0;%1&#xa0;»&#xa0;; les types sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; are the two sides of one choice; prefer one of them</source>
        <translation>«&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» sont les deux côtés d’un même choix&#xa0;; choisissez l’un des deux</translation>
    </message>
    <message>
        <source>For students: rank the roles by how many of the skills the catalog lists for each you have, and by the kinds of work you prefer. Name each skill you have by its id, strong unless followed by =some (e.g. &apos;rolelens fit writing empathy=some --prefer content,people&apos;); a wrong id lists them all. A reading of the catalog, not a test of aptitude.</source>
        <translation>Pour les étudiants&#xa0;: classer les rôles selon le nombre de compétences, parmi celles que le catalogue cite pour chacun, que vous possédez, et selon les types de travail que vous préférez. Indiquez chaque compétence que vous avez par son identifiant&#xa0;; elle compte comme solide, sauf si elle est suivie de =some (p. ex. «&#xa0;rolelens fit writing empathy=some --prefer content,people&#xa0;»)&#xa0;; un identifiant erroné les liste toutes. Une lecture du catalogue, pas un test d’aptitude.</translation>
    </message>
    <message>
        <source>fit: a kind of work you prefer, e.g. strategy or people (repeatable, or separated by commas).</source>
        <translation>fit&#xa0;: un type de travail que vous préférez, p. ex. strategy ou people (répétable, ou séparés par des virgules).</translation>
    </message>
    <message>
        <source>WORK</source>
        <translation>TRAVAIL</translation>
    </message>
    <message>
        <source>--prefer goes with &apos;fit&apos;</source>
        <translation>--prefer s’utilise avec «&#xa0;fit&#xa0;»</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot; (expected %2)</source>
        <translation>vue «&#xa0;%1&#xa0;» inconnue (attendu&#xa0;: %2)</translation>
    </message>
    <message>
        <source>map draws the role map into a file: give --svg FILE, --pdf FILE or both</source>
        <translation>map dessine la carte des rôles dans un fichier&#xa0;: indiquez --svg FILE, --pdf FILE ou les deux</translation>
    </message>
    <message>
        <source>Wrote %1 (SVG).</source>
        <translation>%1 écrit (SVG).</translation>
    </message>
    <message>
        <source>Window view: browse, compare, metrics, results, advisor, self-check or map.</source>
        <translation>Vue de la fenêtre&#xa0;: browse, compare, metrics, results, advisor, self-check ou map.</translation>
    </message>
    <message>
        <source>Write the role map to FILE (SVG).</source>
        <translation>Écrire la carte des rôles dans FILE (SVG).</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (commands: list, show, compare, advise, document, fit, map; or a scenario or catalog file to open in the window)</source>
        <translation>commande «&#xa0;%1&#xa0;» inconnue (commandes&#xa0;: list, show, compare, advise, document, fit, map&#xa0;; ou un fichier de scénario ou de catalogue à ouvrir dans la fenêtre)</translation>
    </message>
    <message>
        <source>--pdf goes with &apos;show&apos;, &apos;compare&apos;, &apos;advise&apos;, &apos;document&apos;, &apos;fit&apos; or &apos;map&apos;</source>
        <translation>--pdf s’utilise avec «&#xa0;show&#xa0;», «&#xa0;compare&#xa0;», «&#xa0;advise&#xa0;», «&#xa0;document&#xa0;», «&#xa0;fit&#xa0;» ou «&#xa0;map&#xa0;»</translation>
    </message>
    <message>
        <source>--svg needs a file name</source>
        <translation>--svg attend un nom de fichier</translation>
    </message>
    <message>
        <source>--svg goes with &apos;map&apos;</source>
        <translation>--svg s’utilise avec «&#xa0;map&#xa0;»</translation>
    </message>
    <message>
        <source>results|advisor|map</source>
        <translation>results|advisor|map</translation>
    </message>
    <message>
        <source>the role map, as SVG or PDF</source>
        <translation>la carte des rôles, en SVG ou en PDF</translation>
    </message>
    <message>
        <source>Draw how the catalog&apos;s roles relate: who supervises whom (with what the catalog says of each line), who does the work a role does not, and where the articles disagree. --svg FILE writes an SVG drawing, --pdf FILE a one-page PDF (--paper a4 or letter); both may be given. Extra roles from --catalog are on the map.</source>
        <translation>Dessiner les liens entre les rôles du catalogue&#xa0;: qui supervise qui (avec ce que le catalogue dit de chaque lien), qui fait le travail qu’un rôle ne fait pas, et sur quoi les articles divergent. --svg FILE écrit un dessin SVG, --pdf FILE un PDF d’une page (--paper a4 ou letter)&#xa0;; on peut indiquer les deux. Les rôles ajoutés par --catalog figurent aussi sur la carte.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>a comparison takes %1 to %2 roles, %3 given</source>
        <translation>une comparaison porte sur %1 à %2 rôles (reçu&#xa0;: %3)</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (closest known: %2)</source>
        <translation>rôle «&#xa0;%1&#xa0;» inconnu (le plus proche&#xa0;: %2)</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; is given twice</source>
        <translation>le rôle «&#xa0;%1&#xa0;» est indiqué deux fois</translation>
    </message>
</context>
<context>
    <name>ComparisonDocument</name>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> vs </translation>
    </message>
    <message>
        <source>What each role is for, how it is judged and what it does not do: to agree on realistic expectations before the hire.</source>
        <translation>À quoi sert chaque rôle, sur quoi il est évalué et ce qu’il ne fait pas&#xa0;: pour convenir d’attentes réalistes avant le recrutement.</translation>
    </message>
    <message>
        <source>Comparison sheet</source>
        <translation>Fiche comparative</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Relation: whether the roles are the same, only partly overlap or differ on that dimension, as computed from the catalog&apos;s tags (on the printed sheet, differing rows are shaded darker, overlapping ones lighter). With three or four roles, &quot;apart&quot; names a role that shares no tag with the others.</source>
        <translation>Relation&#xa0;: indique si les rôles sont identiques, se recoupent en partie ou diffèrent sur cette dimension, d’après les étiquettes du catalogue (sur la fiche imprimée, les lignes où ils diffèrent sont grisées plus foncé, celles où ils se recoupent plus clair). Avec trois ou quatre rôles, «&#xa0;à part&#xa0;» désigne un rôle qui ne partage aucune étiquette avec les autres.</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Shared by all and unique to each</source>
        <translation>Communs à tous et propres à chacun</translation>
    </message>
    <message>
        <source>Shared metrics:</source>
        <translation>Indicateurs communs&#xa0;:</translation>
    </message>
    <message>
        <source>Shared responsibilities:</source>
        <translation>Responsabilités communes&#xa0;:</translation>
    </message>
    <message>
        <source>Shared skills:</source>
        <translation>Compétences communes&#xa0;:</translation>
    </message>
    <message>
        <source>Only %1:</source>
        <translation>Propres à %1&#xa0;:</translation>
    </message>
    <message>
        <source>Metrics:</source>
        <translation>Indicateurs&#xa0;:</translation>
    </message>
    <message>
        <source>Responsibilities:</source>
        <translation>Responsabilités&#xa0;:</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>Compétences&#xa0;:</translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation>Indicateurs de réussite</translation>
    </message>
    <message>
        <source>Weight 1-5: how much each role is judged by the metric, from how many sources name it for the role; primary metrics are what the role is mainly judged by.</source>
        <translation>Poids de 1 à 5&#xa0;: dans quelle mesure chaque rôle est évalué sur l’indicateur, selon le nombre de sources qui le citent pour ce rôle&#xa0;; les indicateurs principaux sont ceux sur lesquels le rôle est avant tout évalué.</translation>
    </message>
    <message>
        <source>Metric, definition and formula</source>
        <translation>Indicateur, définition et formule</translation>
    </message>
    <message>
        <source>%1, weight %2 of 5</source>
        <translation>%1, poids %2 sur 5</translation>
    </message>
    <message>
        <source>Expected results over time</source>
        <translation>Résultats attendus dans le temps</translation>
    </message>
    <message>
        <source>The catalog gives no expected results over time for these roles.</source>
        <translation>Le catalogue ne donne aucun résultat attendu dans le temps pour ces rôles.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source> (changed from the catalog&apos;s values)</source>
        <translation> (valeurs modifiées par rapport au catalogue)</translation>
    </message>
    <message>
        <source>These curves are assumptions, not measurements or promises: the values are illustrative, shaped by what the sources say about when each role&apos;s contribution shows.</source>
        <translation>Ces courbes sont des hypothèses, et non des mesures ni des promesses&#xa0;: les valeurs sont illustratives, établies d’après ce que disent les sources sur le moment où la contribution de chaque rôle se manifeste.</translation>
    </message>
    <message>
        <source>What each role does not do, and who does</source>
        <translation>Ce que chaque rôle ne fait pas, et qui s’en charge</translation>
    </message>
    <message>
        <source>Where the sources disagree</source>
        <translation>Points de désaccord entre les sources</translation>
    </message>
    <message>
        <source>The catalog records no disagreement between the sources about these roles.</source>
        <translation>Le catalogue ne relève aucun désaccord entre les sources au sujet de ces rôles.</translation>
    </message>
    <message>
        <source>Each position as its sources state it; the catalog does not pick a winner.</source>
        <translation>Chaque position telle que ses sources l’énoncent&#xa0;; le catalogue ne tranche pas.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En un coup d’œil</translation>
    </message>
    <message>
        <source>Shaded: they differ</source>
        <translation>Grisé&#xa0;: les rôles diffèrent</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>À quoi il sert</translation>
    </message>
    <message>
        <source>Does not do</source>
        <translation>Ne fait pas</translation>
    </message>
    <message>
        <source>The articles do not disagree about these roles.</source>
        <translation>Les articles ne sont pas en désaccord au sujet de ces rôles.</translation>
    </message>
    <message>
        <source>Where the articles disagree:</source>
        <translation>Points de désaccord entre les articles&#xa0;:</translation>
    </message>
    <message>
        <source>(each position, with its sources, at the end)</source>
        <translation>(chaque position, avec ses sources, à la fin)</translation>
    </message>
    <message>
        <source>Each role has its own colour and fill, solid or hatched, so that the roles stay apart in black and white; an outlined bar marks a secondary emphasis.</source>
        <translation>Chaque rôle a sa propre couleur et son propre remplissage, plein ou hachuré, pour que les rôles restent distincts en noir et blanc&#xa0;; une barre seulement contourée signale une importance secondaire.</translation>
    </message>
</context>
<context>
    <name>CsvRenderer</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>CsvReport</name>
    <message>
        <source>Id</source>
        <extracomment>Column titles of the role list as CSV: a role&apos;s id (what the user types), its title and its category.</extracomment>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
</context>
<context>
    <name>Dimension</name>
    <message>
        <source>Role and purpose</source>
        <translation>Rôle et raison d’être</translation>
    </message>
    <message>
        <source>Content creation vs strategy and execution</source>
        <translation>Création de contenu ou stratégie et exécution</translation>
    </message>
    <message>
        <source>Ownership and employment</source>
        <translation>Statut et cadre d’emploi</translation>
    </message>
    <message>
        <source>Audience engagement</source>
        <translation>Interaction avec l’audience</translation>
    </message>
    <message>
        <source>How the role earns</source>
        <translation>Mode de rémunération</translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation>Indicateurs de réussite</translation>
    </message>
    <message>
        <source>Time horizon</source>
        <translation>Horizon temporel</translation>
    </message>
    <message>
        <source>Decision level</source>
        <translation>Niveau de décision</translation>
    </message>
    <message>
        <source>Place in the hierarchy</source>
        <translation>Place dans la hiérarchie</translation>
    </message>
</context>
<context>
    <name>DisplayCheck</name>
    <message>
        <source>no display is available (DISPLAY is not set)</source>
        <translation>aucun affichage disponible (DISPLAY n’est pas défini)</translation>
    </message>
    <message>
        <source>no X server answers on display %1</source>
        <translation>aucun serveur X ne répond sur l’affichage %1</translation>
    </message>
</context>
<context>
    <name>DocumentExport</name>
    <message>
        <source>%1: RoleLens saves this as .pdf, .md or .html, not as &quot;%2&quot;.</source>
        <translation>%1&#xa0;: RoleLens enregistre ceci en .pdf, .md ou .html, pas en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Markdown (*.md);;HTML pages (*.html)</source>
        <translation>Documents PDF (*.pdf);;Markdown (*.md);;Pages HTML (*.html)</translation>
    </message>
</context>
<context>
    <name>DocumentOpening</name>
    <message>
        <source>No role is considered and none fits the goals and tasks given: add goals or tasks, or name the role you are considering.</source>
        <translation>Aucun rôle n’est envisagé et aucun ne correspond aux objectifs et tâches indiqués&#xa0;: ajoutez des objectifs ou des tâches, ou indiquez le rôle que vous envisagez.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Dirigeant</translation>
    </message>
    <message>
        <source>Owner, for %1</source>
        <translation>Dirigeant, pour %1</translation>
    </message>
    <message>
        <source>Hire</source>
        <extracomment>Above a signature line: the person hired (a noun), beside the owner.</extracomment>
        <translation>Personne recrutée</translation>
    </message>
</context>
<context>
    <name>ExportPath</name>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>this year</source>
        <translation>cette année</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2&#xa0;%1</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1&#xa0;mois</translation>
    </message>
    <message numerus="yes">
        <source>%Ln year(s) old</source>
        <translation>
            <numerusform>il y a %Ln&#xa0;an</numerusform>
            <numerusform>il y a %Ln&#xa0;ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln semaine</numerusform>
            <numerusform>%Ln semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln mois</numerusform>
            <numerusform>%Ln mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln week(s)</source>
        <translation>
            <numerusform>dans %Ln semaine</numerusform>
            <numerusform>dans %Ln semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 semaines</translation>
    </message>
</context>
<context>
    <name>FirstNinetyDaysDocument</name>
    <message>
        <source>First 90 days plan</source>
        <translation>Plan des 90 premiers jours</translation>
    </message>
    <message>
        <source>First 90 days: %1</source>
        <translation>90 premiers jours&#xa0;: %1</translation>
    </message>
    <message>
        <source>By day 60</source>
        <translation>D’ici le 60e jour</translation>
    </message>
    <message>
        <source>By day 90</source>
        <translation>D’ici le 90e jour</translation>
    </message>
    <message>
        <source>These are assumptions to agree on, not promises: how far the role&apos;s contribution has come is the catalog&apos;s illustrative assumption, each range an assumption with its sources, and where no range is given the first month sets the baseline and the trend is judged.</source>
        <translation>Ce sont des hypothèses à convenir ensemble, pas des promesses&#xa0;: l’avancement de la contribution du rôle est une hypothèse illustrative du catalogue, chaque fourchette une hypothèse avec ses sources, et lorsqu’aucune fourchette n’est donnée, le premier mois fixe le niveau de départ et c’est la tendance qui est jugée.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Month one: set up and measure the baseline</source>
        <translation>Premier mois&#xa0;: mettre en place et mesurer le niveau de départ</translation>
    </message>
    <message>
        <source>The catalog gives no measures for this role.</source>
        <translation>Le catalogue ne donne aucun indicateur pour ce rôle.</translation>
    </message>
    <message>
        <source>measure where it stands now; this is the baseline the next reviews compare with</source>
        <translation>mesurer la situation actuelle&#xa0;; c’est le niveau de départ auquel seront comparés les bilans suivants</translation>
    </message>
    <message>
        <source>The catalog gives no assumption for when the %1&apos;s contribution shows.</source>
        <translation>Le catalogue ne donne aucune hypothèse sur le moment où la contribution d’un %1 se manifeste.</translation>
    </message>
    <message>
        <source>%1: no effect yet, by the catalog&apos;s illustrative assumption. %2</source>
        <translation>%1&#xa0;: pas encore d’effet, selon l’hypothèse illustrative du catalogue. %2</translation>
    </message>
    <message>
        <source>%1: about %2 of its full effect, by the catalog&apos;s illustrative assumption. %3</source>
        <translation>%1&#xa0;: environ %2 de son plein effet, selon l’hypothèse illustrative du catalogue. %3</translation>
    </message>
    <message>
        <source>The role&apos;s measures at the %1-month review:</source>
        <translation>Les indicateurs du rôle au bilan à %1&#xa0;mois&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FollowerChartBuilder</name>
    <message>
        <source>Tick &quot;Followers&quot; to compare your expectation with what is realistic</source>
        <translation>Cochez «&#xa0;Abonnés&#xa0;» pour comparer votre attente avec ce qui est réaliste</translation>
    </message>
    <message>
        <source>No growth assumption for the %1</source>
        <translation>Aucune hypothèse de croissance (%1)</translation>
    </message>
    <message>
        <source>Choose a role to see what is realistic</source>
        <translation>Choisissez un rôle pour voir ce qui est réaliste</translation>
    </message>
    <message>
        <source>Followers: yours vs. the %1&apos;s assumed range</source>
        <translation>Abonnés&#xa0;: votre attente et la fourchette supposée (%1)</translation>
    </message>
    <message>
        <source>You expect</source>
        <translation>Votre attente</translation>
    </message>
    <message>
        <source>Low: %1 %/mo</source>
        <translation>Basse&#xa0;: %1&#xa0;%/mois</translation>
    </message>
    <message>
        <source>High: %1 %/mo</source>
        <translation>Haute&#xa0;: %1&#xa0;%/mois</translation>
    </message>
    <message>
        <source>Weeks from now</source>
        <translation>Semaines à venir</translation>
    </message>
    <message>
        <source>Your expected follower count, a solid line, against the high (dashed) and the low (dotted) growth assumed for the role, week by week up to your date.</source>
        <translation>Le nombre d’abonnés que vous attendez, en trait plein, face à la croissance haute (tirets) et basse (pointillés) supposée pour le rôle, semaine après semaine jusqu’à votre échéance.</translation>
    </message>
</context>
<context>
    <name>HiringDocuments</name>
    <message>
        <source>Job post</source>
        <translation>Offre d’emploi</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Grille d’évaluation</translation>
    </message>
    <message>
        <source>Scope of work</source>
        <translation>Périmètre de la mission</translation>
    </message>
    <message>
        <source>Expectations agreement</source>
        <translation>Accord sur les attentes</translation>
    </message>
    <message>
        <source>First 90 days plan</source>
        <translation>Plan des 90 premiers jours</translation>
    </message>
</context>
<context>
    <name>HiringPlan</name>
    <message>
        <source>Hire</source>
        <extracomment>A step of the hiring plan, a verb: employ the role.</extracomment>
        <translation>Recruter</translation>
    </message>
    <message>
        <source>Engage for a campaign</source>
        <translation>Collaborer le temps d’une campagne</translation>
    </message>
    <message>
        <source>Contract out or leave out</source>
        <translation>Externaliser ou renoncer</translation>
    </message>
</context>
<context>
    <name>HtmlRenderer</name>
    <message>
        <source>Numbers in brackets refer to this list; point at a number to read the exact words it stands for.</source>
        <translation>Les numéros entre crochets renvoient à cette liste&#xa0;; placez le pointeur sur un numéro pour lire les termes exacts auxquels il renvoie.</translation>
    </message>
    <message>
        <source>Hover over or click a reference number to read the exact statement; from the keyboard, reach it with the arrow keys and press Return.</source>
        <translation>Survolez un numéro de source ou cliquez dessus pour lire l’affirmation exacte&#xa0;; au clavier, atteignez-le avec les touches fléchées et appuyez sur Entrée.</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>JobPostDocument</name>
    <message>
        <source>Job post</source>
        <translation>Offre d’emploi</translation>
    </message>
    <message>
        <source>Job post: %1</source>
        <translation>Offre d’emploi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every line is the catalog&apos;s, with its sources: edit the wording, not the scope.</source>
        <translation>Chaque ligne provient du catalogue, avec ses sources&#xa0;: modifiez la formulation, pas le périmètre.</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>Le poste</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>What you will do</source>
        <translation>Vos missions</translation>
    </message>
    <message>
        <source>What you bring</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <source>How success will be measured</source>
        <translation>Comment la réussite sera mesurée</translation>
    </message>
    <message>
        <source>The role&apos;s measures, most weighty first, with what to expect by each review. Ranges are assumptions to agree on, not promises; where no range is given, the first month sets the baseline and the trend is judged.</source>
        <translation>Les indicateurs du rôle, du plus important au moins important, avec ce qui est attendu à chaque bilan. Les fourchettes sont des hypothèses à convenir ensemble, pas des promesses&#xa0;; lorsqu’aucune fourchette n’est donnée, le premier mois fixe le niveau de départ et c’est la tendance qui est jugée.</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Conditions d’emploi</translation>
    </message>
    <message>
        <source>(kept at the owner&apos;s request: the advice gives it to the %1)</source>
        <translation>(maintenu à la demande du dirigeant&#xa0;: les conseils l’attribuent à un %1)</translation>
    </message>
    <message>
        <source>Also asked of this hire, though not the role&apos;s work</source>
        <translation>Également demandé à la personne recrutée, bien que hors du périmètre de ce rôle</translation>
    </message>
    <message>
        <source>Not part of this role</source>
        <translation>Hors du périmètre de ce poste</translation>
    </message>
    <message>
        <source>The catalog lists nothing this role does not do.</source>
        <translation>Le catalogue n’indique rien que ce rôle ne fasse pas.</translation>
    </message>
</context>
<context>
    <name>JsonLimits</name>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>le fichier n’est pas en UTF-8 valide</translation>
    </message>
    <message>
        <source>a string is longer than %1 bytes</source>
        <translation>une chaîne dépasse %1 octets</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top</source>
        <translation>objet JSON attendu au premier niveau</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (expected one of: %2)</source>
        <translation>champ «&#xa0;%1&#xa0;» inconnu (champs attendus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>null is not a value: give one or leave the field out</source>
        <translation>null n’est pas une valeur&#xa0;: indiquez-en une ou omettez le champ</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>attendu&#xa0;: %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (lower-case letters and digits joined by hyphens)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant valide (lettres minuscules et chiffres reliés par des traits d’union)</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>une chaîne non vide</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>attendu&#xa0;: un nombre entier, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is far too large (whole numbers up to %2)</source>
        <translation>%1 est bien trop grand (nombres entiers jusqu’à %2)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>rolelens: cannot write the screenshot %1</source>
        <translation>rolelens&#xa0;: impossible d’écrire la capture d’écran %1</translation>
    </message>
    <message>
        <source>rolelens: cannot open the window: %1. Run it under a desktop session or &apos;xvfb-run -a rolelens&apos;, or use the command line: &apos;rolelens --help&apos;.</source>
        <translation>rolelens&#xa0;: impossible d’ouvrir la fenêtre&#xa0;: %1. Lancez le programme dans une session de bureau ou avec «&#xa0;xvfb-run -a rolelens&#xa0;», ou utilisez la ligne de commande&#xa0;: «&#xa0;rolelens --help&#xa0;».</translation>
    </message>
    <message>
        <source>RoleLens</source>
        <translation>RoleLens</translation>
    </message>
    <message>
        <source>The catalog could not be loaded:

%1</source>
        <translation>Le catalogue n’a pas pu être chargé&#xa0;:

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
        <translation>Carte des rôles</translation>
    </message>
    <message>
        <source>How the roles relate</source>
        <translation>Les liens entre les rôles</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>How the roles relate, as the catalog says</source>
        <translation>Les liens entre les rôles, selon le catalogue</translation>
    </message>
    <message>
        <source>Supervises: the arrow points to the role supervised; the box says what the catalog says of the line, and on what condition</source>
        <translation>Supervise&#xa0;: la flèche pointe vers le rôle supervisé&#xa0;; l’encadré indique ce que le catalogue dit du lien, et à quelle condition</translation>
    </message>
    <message>
        <source>Handled by: the arrow points to the role that does work the other does not</source>
        <translation>Pris en charge par un autre&#xa0;: la flèche pointe vers le rôle qui assure un travail que l’autre ne fait pas</translation>
    </message>
    <message>
        <source>The articles disagree about these roles</source>
        <translation>Les articles divergent sur ces rôles</translation>
    </message>
    <message>
        <source>Click a role to open its profile. Point at a role to highlight its lines, and at a line for what it stands for and its sources.</source>
        <translation>Cliquez sur un rôle pour ouvrir son profil. Pointez un rôle pour mettre ses lignes en évidence, et une ligne pour lire ce qu’elle représente et ses sources.</translation>
    </message>
</context>
<context>
    <name>MapToolTip</name>
    <message>
        <source>%1 supervises %2</source>
        <translation>%1 supervise %2</translation>
    </message>
    <message>
        <source>Work the %1 does not do, or not usually, and the %2 does</source>
        <translation>Travail que le rôle «&#xa0;%1&#xa0;» ne fait pas, ou pas d’habitude, et que fait le rôle «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Where the articles disagree about the %1 and the %2</source>
        <translation>Points sur lesquels les articles divergent au sujet des rôles «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Both roles name the line; the catalog says nothing more of it.</source>
        <translation>Les deux rôles nomment ce lien&#xa0;; le catalogue n’en dit pas plus.</translation>
    </message>
    <message>
        <source>Click, or press Enter, to open its profile.</source>
        <translation>Cliquez, ou appuyez sur Entrée, pour ouvrir son profil.</translation>
    </message>
</context>
<context>
    <name>MarkdownReport</name>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
</context>
<context>
    <name>MetricChartBuilder</name>
    <message>
        <source>Weight (1-5)</source>
        <translation>Poids (1-5)</translation>
    </message>
    <message>
        <source>Formula:</source>
        <translation>Formule&#xa0;:</translation>
    </message>
    <message>
        <source>Primary emphasis</source>
        <translation>Importance principale</translation>
    </message>
    <message>
        <source>Secondary emphasis</source>
        <translation>Importance secondaire</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principale</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secondaire</translation>
    </message>
    <message>
        <source>What %1 is judged by</source>
        <translation>Critères d’évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not a measure of this role</source>
        <translation>Pas un indicateur de ce rôle</translation>
    </message>
    <message>
        <source>Weeks after the hire or the start of the collaboration</source>
        <translation>Semaines après le recrutement ou le début de la collaboration</translation>
    </message>
    <message>
        <source>%d%</source>
        <extracomment>The percent axis&apos; labels, printf-style: %d is the number. Write the sign as the language does (&quot;%d %&quot; with a space in German and French), in ASCII only: Qt Charts shows a no-break space as a replacement character.</extracomment>
        <translation>%d %</translation>
    </message>
    <message>
        <source>Bars of the weight, from 1 to 5, of each metric the role is judged by: filled for a primary emphasis, outlined for a secondary one.</source>
        <translation>Barres du poids, de 1 à 5, de chaque indicateur sur lequel le rôle est évalué&#xa0;: pleines pour une importance principale, seulement contourées pour une importance secondaire.</translation>
    </message>
    <message>
        <source>Bars of the weight, from 1 to 5, of each metric for each compared role, each role in a colour and a fill of its own; an outlined bar marks a secondary emphasis.</source>
        <translation>Barres du poids, de 1 à 5, de chaque indicateur pour chaque rôle comparé, chaque rôle avec sa couleur et son remplissage&#xa0;; une barre seulement contourée signale une importance secondaire.</translation>
    </message>
    <message>
        <source>One curve for each role, each with a dash pattern and a marker shape of its own: the share of its full effect expected week by week over the first year, from assumptions.</source>
        <translation>Une courbe par rôle, chacune avec son propre tracé et sa propre forme de repère&#xa0;: la part de son plein effet attendue semaine après semaine pendant la première année, d’après des hypothèses.</translation>
    </message>
    <message>
        <source>Success metrics by role (outlined bar: secondary emphasis)</source>
        <translation>Indicateurs de réussite par rôle (barre contourée&#xa0;: importance secondaire)</translation>
    </message>
    <message>
        <source>What each role is mainly judged by (outlined bar: secondary emphasis)</source>
        <translation>Ce sur quoi chaque rôle est surtout évalué (barre contourée&#xa0;: importance secondaire)</translation>
    </message>
    <message>
        <source>Expected results over time: share of the full effect (assumptions)</source>
        <translation>Résultats attendus dans le temps&#xa0;: part du plein effet (hypothèses)</translation>
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
        <translation>Identifiant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Also called: %1</source>
        <translation>Autres appellations&#xa0;: %1</translation>
    </message>
    <message>
        <source>Role profile</source>
        <translation>Profil du rôle</translation>
    </message>
    <message>
        <source>What this role is for, how it is judged and what it does not do: to agree on realistic expectations before the hire.</source>
        <translation>À quoi sert ce rôle, sur quoi il est évalué et ce qu’il ne fait pas&#xa0;: pour convenir d’attentes réalistes avant le recrutement.</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsabilités</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Expected results over time (assumptions)</source>
        <translation>Résultats attendus dans le temps (hypothèses)</translation>
    </message>
    <message>
        <source>Expected results are assumptions, not measurements or promises: the values are illustrative, shaped by what the sources say about when the role&apos;s contribution shows.</source>
        <translation>Les résultats attendus sont des hypothèses, et non des mesures ni des promesses&#xa0;: les valeurs sont illustratives, établies d’après ce que disent les sources sur le moment où la contribution du rôle se manifeste.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En un coup d’œil</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation>Indicateurs de réussite</translation>
    </message>
    <message>
        <source>Weight 1-5: how much the role is judged by the metric; primary metrics are what the role is mainly judged by.</source>
        <translation>Poids de 1 à 5&#xa0;: dans quelle mesure le rôle est évalué sur l’indicateur&#xa0;; les indicateurs principaux sont ceux sur lesquels le rôle est avant tout évalué.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Emphasis</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Weight (1-5)</source>
        <translation>Poids (1-5)</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>no role the articles name</source>
        <translation>aucun rôle nommé par les articles</translation>
    </message>
    <message>
        <source>Place in the organisation</source>
        <translation>Place dans l’organisation</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Rend compte à</translation>
    </message>
    <message>
        <source>Supervises</source>
        <translation>Supervise</translation>
    </message>
    <message>
        <source>What this role does not do, and who does</source>
        <translation>Ce que ce rôle ne fait pas, et qui s’en charge</translation>
    </message>
    <message>
        <source>Misconceptions</source>
        <translation>Idées reçues</translation>
    </message>
    <message>
        <source>Belief:</source>
        <translation>Idée reçue&#xa0;:</translation>
    </message>
    <message>
        <source>Reality:</source>
        <translation>Réalité&#xa0;:</translation>
    </message>
    <message>
        <source>Where the sources disagree</source>
        <translation>Points de désaccord entre les sources</translation>
    </message>
    <message>
        <source>The catalog lists nothing this role is commonly, and wrongly, expected to do.</source>
        <translation>Le catalogue ne mentionne rien que l’on attende souvent, à tort, de ce rôle.</translation>
    </message>
    <message>
        <source>Formula: %1.</source>
        <translation>Formule&#xa0;: %1.</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>principale</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>secondaire</translation>
    </message>
</context>
<context>
    <name>Punctuation</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A label and its text, as in &quot;Category: Marketing&quot;. French puts a no-break space (U+00A0) before the colon.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>Two items of a list whose items may hold commas, as in &quot;Planning posts; Replying to comments&quot;. French puts a no-break space (U+00A0) before the semicolon.</extracomment>
        <translation>%1&#xa0;; %2</translation>
    </message>
</context>
<context>
    <name>Relation</name>
    <message>
        <source>same</source>
        <translation>identiques</translation>
    </message>
    <message>
        <source>overlap</source>
        <translation>en partie communs</translation>
    </message>
    <message>
        <source>different</source>
        <translation>différents</translation>
    </message>
    <message>
        <source>%1; apart: %2</source>
        <translation>%1&#xa0;; à part&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ResultCurve</name>
    <message>
        <source>First effect after %1, full effect %2 later</source>
        <translation>Premier effet après %1, plein effet %2 plus tard</translation>
    </message>
    <message>
        <source>; it holds %1, then halves every %2.</source>
        <translation>&#xa0;; il se maintient %1, puis sa demi-vie est de %2.</translation>
    </message>
    <message>
        <source>; it then lasts.</source>
        <translation>&#xa0;; il persiste ensuite.</translation>
    </message>
</context>
<context>
    <name>RoleLensFile</name>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is a folder, not a scenario or catalog file</source>
        <translation>est un dossier, pas un fichier de scénario ou de catalogue</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>is the translation of a catalog file, read with the file beside it; open that file instead</source>
        <translation>est la traduction d’un fichier de catalogue, lue avec le fichier voisin&#xa0;; ouvrez plutôt ce fichier</translation>
    </message>
    <message>
        <source>is not a RoleLens scenario or catalog (its &quot;format&quot; is &quot;%1&quot;)</source>
        <translation>n’est ni un scénario ni un catalogue RoleLens (son «&#xa0;format&#xa0;» est «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>is not a RoleLens scenario or catalog (no &quot;format&quot; field names one)</source>
        <translation>n’est ni un scénario ni un catalogue RoleLens (aucun champ «&#xa0;format&#xa0;» ne l’indique)</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>Solo (just the owner)</source>
        <translation>Solo (le dirigeant seul)</translation>
    </message>
    <message>
        <source>Small (up to 10 people)</source>
        <translation>Petite (jusqu’à 10 personnes)</translation>
    </message>
    <message>
        <source>Medium (10 to 250 people)</source>
        <translation>Moyenne (10 à 250 personnes)</translation>
    </message>
    <message>
        <source>Large (over 250 people)</source>
        <translation>Grande (plus de 250 personnes)</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Non précisé</translation>
    </message>
</context>
<context>
    <name>ScenarioFile</name>
    <message>
        <source>is a folder, not a scenario file</source>
        <translation>est un dossier, pas un fichier de scénario</translation>
    </message>
    <message>
        <source>is %1 bytes; scenario files are limited to %2 bytes</source>
        <translation>fait %1 octets&#xa0;; les fichiers de scénario sont limités à %2 octets</translation>
    </message>
    <message>
        <source>expected &quot;rolelens-scenario&quot;, found &quot;%1&quot;</source>
        <translation>attendu&#xa0;: «&#xa0;rolelens-scenario&#xa0;», trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>version %1 is not supported (this program reads version %2)</source>
        <translation>la version %1 n’est pas prise en charge (ce programme lit la version %2)</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; (did you mean: %3?)</source>
        <translation>%1 «&#xa0;%2&#xa0;» introuvable (vouliez-vous dire&#xa0;: %3&#xa0;?)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>fait %1 caractères&#xa0;; %2 au maximum sont autorisés</translation>
    </message>
    <message>
        <source>%1 is out of range (expected %2 to %3)</source>
        <translation>%1 est hors limites (attendu&#xa0;: %2 à %3)</translation>
    </message>
    <message>
        <source>%1 is out of range (expected 0 to %2)</source>
        <translation>%1 est hors limites (attendu&#xa0;: 0 à %2)</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot; (did you mean: %2?)</source>
        <translation>rôle «&#xa0;%1&#xa0;» inconnu (vouliez-vous dire&#xa0;: %2&#xa0;?)</translation>
    </message>
    <message>
        <source>expected solo, small, medium or large, found &quot;%1&quot;</source>
        <translation>attendu&#xa0;: solo, small, medium ou large, trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected a three-letter currency code such as EUR, found &quot;%1&quot;</source>
        <translation>attendu&#xa0;: un code de devise à trois lettres comme EUR, trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>expected 0 &lt;= lowPercentPerMonth &lt;= highPercentPerMonth &lt;= 1000, found %1 and %2</source>
        <translation>attendu&#xa0;: 0 &lt;= lowPercentPerMonth &lt;= highPercentPerMonth &lt;= 1000, trouvé&#xa0;: %1 et %2</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot; (the keys are metric ids, such as engagement-rate)</source>
        <translation>indicateur «&#xa0;%1&#xa0;» inconnu (les clés sont des identifiants d’indicateurs, comme engagement-rate)</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found &quot;%1&quot;</source>
        <translation>attendu&#xa0;: une date au format AAAA-MM-JJ, trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>holds %1 terms; at most %2 are allowed</source>
        <translation>contient %1 éléments&#xa0;; %2 au maximum sont autorisés</translation>
    </message>
</context>
<context>
    <name>ScopeOfWorkDocument</name>
    <message>
        <source>Scope of work</source>
        <translation>Périmètre de la mission</translation>
    </message>
    <message>
        <source>Scope of work: %1</source>
        <translation>Périmètre de la mission&#xa0;: %1</translation>
    </message>
    <message>
        <source>Annex to the contract: what is in scope, what is not and who does it, and how the work is judged and when.</source>
        <translation>Annexe au contrat&#xa0;: ce qui entre dans le périmètre, ce qui n’y entre pas et qui s’en charge, et comment et quand le travail est évalué.</translation>
    </message>
    <message>
        <source>Out of scope, and who does it instead</source>
        <translation>Hors périmètre, et qui s’en charge à la place</translation>
    </message>
    <message>
        <source>The catalog lists nothing this role does not do.</source>
        <translation>Le catalogue n’indique rien que ce rôle ne fasse pas.</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Bon pour accord</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Dans le périmètre</translation>
    </message>
    <message>
        <source>What the owner engages the hire for:</source>
        <translation>Missions confiées par le dirigeant à la personne recrutée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ScorecardDocument</name>
    <message>
        <source>Scorecard</source>
        <translation>Grille d’évaluation</translation>
    </message>
    <message>
        <source>Scorecard: %1</source>
        <translation>Grille d’évaluation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <source>What this role is not:</source>
        <translation>Ce que ce rôle n’est pas&#xa0;:</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>The role&apos;s measures, most weighty first, with what to expect by each review. Ranges are assumptions to agree on, not promises; where no range is given, the first month sets the baseline and the trend is judged. Rate each outcome at the review.</source>
        <translation>Les indicateurs du rôle, du plus important au moins important, avec ce qui est attendu à chaque bilan. Les fourchettes sont des hypothèses à convenir ensemble, pas des promesses&#xa0;; lorsqu’aucune fourchette n’est donnée, le premier mois fixe le niveau de départ et c’est la tendance qui est jugée. Notez chaque résultat lors du bilan.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Owner&apos;s target</source>
        <translation>Objectif du dirigeant</translation>
    </message>
    <message>
        <source>Rating (1-5)</source>
        <translation>Note (1-5)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Left out: %1 of the role&apos;s measures, the least weighty; a scorecard holds at most eight outcomes.</source>
        <translation>Non retenus&#xa0;: %1 des indicateurs du rôle, les moins importants&#xa0;; une grille d’évaluation compte au plus huit résultats.</translation>
    </message>
    <message>
        <source>The catalog gives fewer than three measures for this role.</source>
        <translation>Le catalogue donne moins de trois indicateurs pour ce rôle.</translation>
    </message>
    <message>
        <source>Beyond the realistic range: %1</source>
        <translation>Au-delà de la fourchette réaliste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>The catalog lists no skills for this role.</source>
        <translation>Le catalogue n’indique aucune compétence pour ce rôle.</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
</context>
<context>
    <name>SearchTerms</name>
    <message>
        <source>expected &quot;rolelens-search-terms&quot;, found &quot;%1&quot;</source>
        <translation>attendu&#xa0;: «&#xa0;rolelens-search-terms&#xa0;», trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>version %1 is not supported (this program reads version %2)</source>
        <translation>la version %1 n’est pas prise en charge (ce programme lit la version %2)</translation>
    </message>
    <message>
        <source>a term needs at least one letter or digit</source>
        <translation>un terme doit contenir au moins une lettre ou un chiffre</translation>
    </message>
    <message>
        <source>a group needs at least two terms</source>
        <translation>un groupe doit contenir au moins deux termes</translation>
    </message>
</context>
<context>
    <name>SelfCheckDocument</name>
    <message>
        <source>Which role fits what you can do</source>
        <translation>Quel rôle correspond à ce que vous savez faire</translation>
    </message>
    <message>
        <source>Self-check</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>A reading of the catalog, not a test of aptitude: each role is ranked by how many of the skills its sources list you rate &quot;some&quot; (1 point) or &quot;strong&quot; (2 points), out of 2 points for each skill.</source>
        <translation>Une lecture du catalogue, pas un test d’aptitude&#xa0;: chaque rôle est classé selon le nombre de compétences citées par ses sources que vous notez «&#xa0;des notions&#xa0;» (1 point) ou «&#xa0;solide&#xa0;» (2 points), sur 2 points par compétence.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Recoupement</translation>
    </message>
    <message>
        <source>Skills you have</source>
        <translation>Compétences acquises</translation>
    </message>
    <message>
        <source>Skills to learn</source>
        <translation>Compétences à acquérir</translation>
    </message>
    <message>
        <source>Mainly judged by: %1</source>
        <translation>Surtout évalué sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Each kind of work you prefer counts 2 points when the role&apos;s description in the catalog involves it; the sources cited are those of that description.</source>
        <translation>Chaque type de travail que vous préférez compte 2 points quand la description du rôle dans le catalogue l’implique&#xa0;; les sources citées sont celles de cette description.</translation>
    </message>
    <message>
        <source>None of it</source>
        <translation>Rien de cela</translation>
    </message>
    <message>
        <source>Work you prefer that it involves</source>
        <translation>Travail préféré qu’il implique</translation>
    </message>
    <message>
        <source>Nothing answered yet: rate the skills you have and choose the kinds of work you prefer, and the roles are ranked by how far they match. Until then, each role below shows every skill its sources list.</source>
        <translation>Aucune réponse pour l’instant&#xa0;: évaluez les compétences que vous avez et choisissez les types de travail que vous préférez, et les rôles seront classés selon leur recoupement. D’ici là, chaque rôle ci-dessous montre toutes les compétences que citent ses sources.</translation>
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
        <translation>Réalisé avec RoleLens %1. Les affirmations citent leurs sources&#xa0;; les hypothèses sont signalées comme telles.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
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
        <translation>Les numéros entre crochets renvoient à cette liste. RoleLens montre les termes exacts sur lesquels repose chaque affirmation&#xa0;: dans sa fenêtre, placez le pointeur sur le numéro ou sélectionnez-le.</translation>
    </message>
</context>
<context>
    <name>SignatureLines</name>
    <message>
        <source>%1 — name: _______________  signature: _______________  date: _________</source>
        <translation>%1 — nom&#xa0;: _______________  signature&#xa0;: _______________  date&#xa0;: _________</translation>
    </message>
</context>
<context>
    <name>SourceItems</name>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>An illustrative assumption, not a quotation.</source>
        <translation>Une hypothèse illustrative, pas une citation.</translation>
    </message>
    <message>
        <source>General practice; no quotation.</source>
        <translation>Pratique courante&#xa0;; pas de citation.</translation>
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
        <translation>Données&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Sample: %1.</source>
        <translation>Échantillon&#xa0;: %1.</translation>
    </message>
    <message>
        <source> (published benchmark)</source>
        <translation> (valeur de référence publiée)</translation>
    </message>
    <message>
        <source> (article)</source>
        <translation> (article)</translation>
    </message>
</context>
<context>
    <name>Tag</name>
    <message>
        <source>brand presence</source>
        <translation>présence de marque</translation>
    </message>
    <message>
        <source>audience influence</source>
        <translation>influence sur l’audience</translation>
    </message>
    <message>
        <source>product promotion</source>
        <translation>promotion de produits</translation>
    </message>
    <message>
        <source>lead and sales generation</source>
        <translation>génération de leads et de ventes</translation>
    </message>
    <message>
        <source>community building</source>
        <translation>animation de communauté</translation>
    </message>
    <message>
        <source>web presence</source>
        <translation>présence web</translation>
    </message>
    <message>
        <source>marketing direction</source>
        <translation>pilotage marketing</translation>
    </message>
    <message>
        <source>reputation management</source>
        <translation>gestion de la réputation</translation>
    </message>
    <message>
        <source>customer support</source>
        <translation>service client</translation>
    </message>
    <message>
        <source>administration</source>
        <translation>administration</translation>
    </message>
    <message>
        <source>content creation</source>
        <translation>création de contenu</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>stratégie</translation>
    </message>
    <message>
        <source>execution</source>
        <translation>mise en œuvre</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>analyse de données</translation>
    </message>
    <message>
        <source>paid advertising</source>
        <translation>publicité payante</translation>
    </message>
    <message>
        <source>community interaction</source>
        <translation>interaction avec la communauté</translation>
    </message>
    <message>
        <source>technical maintenance</source>
        <translation>maintenance technique</translation>
    </message>
    <message>
        <source>media relations</source>
        <translation>relations presse</translation>
    </message>
    <message>
        <source>issue resolution</source>
        <translation>résolution de problèmes</translation>
    </message>
    <message>
        <source>administrative tasks</source>
        <translation>tâches administratives</translation>
    </message>
    <message>
        <source>employee</source>
        <translation>salarié</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agence</translation>
    </message>
    <message>
        <source>self-employed</source>
        <translation>indépendant</translation>
    </message>
    <message>
        <source>contract</source>
        <translation>sous contrat</translation>
    </message>
    <message>
        <source>personal connection</source>
        <translation>lien personnel</translation>
    </message>
    <message>
        <source>brand voice</source>
        <translation>voix de marque</translation>
    </message>
    <message>
        <source>two-way</source>
        <translation>bidirectionnel</translation>
    </message>
    <message>
        <source>one-way</source>
        <translation>unidirectionnel</translation>
    </message>
    <message>
        <source>targeted campaigns</source>
        <translation>campagnes ciblées</translation>
    </message>
    <message>
        <source>one-to-one support</source>
        <translation>accompagnement individuel</translation>
    </message>
    <message>
        <source>indirect</source>
        <translation>indirect</translation>
    </message>
    <message>
        <source>salary</source>
        <translation>salaire</translation>
    </message>
    <message>
        <source>contract fees</source>
        <translation>honoraires de mission</translation>
    </message>
    <message>
        <source>service fees</source>
        <translation>tarifs de prestation</translation>
    </message>
    <message>
        <source>brand partnerships</source>
        <translation>partenariats avec des marques</translation>
    </message>
    <message>
        <source>sponsored content</source>
        <translation>contenu sponsorisé</translation>
    </message>
    <message>
        <source>affiliate marketing</source>
        <translation>marketing d’affiliation</translation>
    </message>
    <message>
        <source>own products</source>
        <translation>ses propres produits</translation>
    </message>
    <message>
        <source>audience size</source>
        <translation>taille de l’audience</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>engagement</translation>
    </message>
    <message>
        <source>visibility</source>
        <translation>visibilité</translation>
    </message>
    <message>
        <source>traffic</source>
        <translation>trafic</translation>
    </message>
    <message>
        <source>conversion</source>
        <translation>conversion</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>chiffre d’affaires</translation>
    </message>
    <message>
        <source>sentiment</source>
        <translation>tonalité</translation>
    </message>
    <message>
        <source>service</source>
        <translation>qualité de service</translation>
    </message>
    <message>
        <source>operations</source>
        <translation>opérations</translation>
    </message>
    <message>
        <source>immediate</source>
        <translation>immédiat</translation>
    </message>
    <message>
        <source>short-term</source>
        <translation>court terme</translation>
    </message>
    <message>
        <source>long-term</source>
        <translation>long terme</translation>
    </message>
    <message>
        <source>strategic</source>
        <translation>stratégique</translation>
    </message>
    <message>
        <source>tactical</source>
        <translation>tactique</translation>
    </message>
    <message>
        <source>operational</source>
        <translation>opérationnel</translation>
    </message>
    <message>
        <source>independent</source>
        <translation>hors hiérarchie</translation>
    </message>
    <message>
        <source>team member</source>
        <translation>membre d’équipe</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>encadrant</translation>
    </message>
    <message>
        <source>supervised</source>
        <translation>encadré</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>Roles: %1. Show one with: rolelens show ID</source>
        <translation>Rôles&#xa0;: %1. Pour en afficher un&#xa0;: rolelens show ID</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>rolelens: unknown role &quot;%1&quot;; did you mean: %2?</source>
        <translation>rolelens&#xa0;: rôle «&#xa0;%1&#xa0;» inconnu&#xa0;; vouliez-vous dire&#xa0;: %2&#xa0;?</translation>
    </message>
</context>
<context>
    <name>rolelens::AboutDialog</name>
    <message>
        <source>About RoleLens</source>
        <translation>À propos de RoleLens</translation>
    </message>
    <message>
        <source>RoleLens %1</source>
        <translation>RoleLens %1</translation>
    </message>
    <message>
        <source>A hiring-expectations advisor: what each role is for, how it is judged, and what it does not do, with every statement citing its source.</source>
        <translation>Un conseiller pour vos attentes de recrutement&#xa0;: à quoi sert chaque rôle, sur quoi il est évalué et ce qu’il ne fait pas, chaque affirmation citant sa source.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message numerus="yes">
        <source>The role profiles, the comparisons and the advice cite these %n article(s), statement by statement:</source>
        <translation>
            <numerusform>Les profils des rôles, les comparaisons et les conseils citent, affirmation par affirmation, cet article&#xa0;:</numerusform>
            <numerusform>Les profils des rôles, les comparaisons et les conseils citent, affirmation par affirmation, ces %n articles&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The advice&apos;s targets also quote %n published benchmark report(s), each named beside its figures.</source>
        <translation>
            <numerusform>Les objectifs des conseils citent aussi %n rapport sectoriel publié de valeurs de référence, nommé à côté de ses chiffres.</numerusform>
            <numerusform>Les objectifs des conseils citent aussi %n rapports sectoriels publiés de valeurs de référence, chacun nommé à côté de ses chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <source>What is labelled general practice, and the figures labelled as illustrative assumptions, are the RoleLens authors&apos; own, not the articles&apos;.</source>
        <translation>Ce qui est signalé comme pratique courante, ainsi que les valeurs signalées comme hypothèses d’illustration, viennent des auteurs de RoleLens, non des articles.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>RoleLens is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License (GPL) as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It comes with no warranty. The licence is in the file LICENSE of its source code, and at %1.</source>
        <translation>RoleLens est un logiciel libre&#xa0;: vous pouvez le redistribuer et/ou le modifier selon les termes de la GNU General Public License (GPL) publiée par la Free Software Foundation, soit la version&#xa0;3 de la licence, soit (à votre choix) toute version ultérieure. Il est fourni sans aucune garantie. La licence figure dans le fichier LICENSE de son code source, et à l’adresse %1.</translation>
    </message>
    <message>
        <source>Built with Qt %1, used under the GNU Lesser General Public License version 3 (Qt Charts under the GNU General Public License version 3), and with spdlog and {fmt}, used under the MIT licence.</source>
        <translation>Réalisé avec Qt %1, utilisé sous la GNU Lesser General Public License version&#xa0;3 (Qt Charts sous la GNU General Public License version&#xa0;3), ainsi qu’avec spdlog et {fmt}, utilisés sous la licence MIT.</translation>
    </message>
</context>
<context>
    <name>rolelens::AdvisorView</name>
    <message>
        <source>Your scenario</source>
        <translation>Votre scénario</translation>
    </message>
    <message>
        <source>Hiring plan and ranking</source>
        <translation>Plan de recrutement et classement</translation>
    </message>
    <message>
        <source>Hiring plan</source>
        <translation>Plan de recrutement</translation>
    </message>
    <message>
        <source>Roles that fit, ranked</source>
        <translation>Rôles adaptés, classés</translation>
    </message>
    <message>
        <source>What to look out for</source>
        <translation>Points de vigilance</translation>
    </message>
    <message>
        <source>What to judge the hire by instead</source>
        <translation>Sur quoi évaluer plutôt la personne recrutée</translation>
    </message>
    <message>
        <source>Follower chart</source>
        <translation>Graphique des abonnés</translation>
    </message>
    <message>
        <source>The hiring plan, and the roles ranked by how well they fit, a tab each.</source>
        <translation>Le plan de recrutement et les rôles classés selon leur adéquation, chacun dans son onglet.</translation>
    </message>
</context>
<context>
    <name>rolelens::AssumptionTableModel</name>
    <message>
        <source>restore the catalog&apos;s assumptions</source>
        <translation>rétablir les hypothèses du catalogue</translation>
    </message>
    <message>
        <source>lasts</source>
        <extracomment>A half-life cell without a value: the effect never fades.</extracomment>
        <translation>durable</translation>
    </message>
    <message>
        <source>Changed from the catalog&apos;s value (%1)</source>
        <translation>Modifié par rapport à la valeur du catalogue (%1)</translation>
    </message>
    <message>
        <source>The catalog&apos;s value: an assumption, not a measurement</source>
        <translation>Valeur du catalogue&#xa0;: une hypothèse, pas une mesure</translation>
    </message>
    <message>
        <source>change the %1 of the %2</source>
        <translation>modifier %1 (%2)</translation>
    </message>
    <message>
        <source>A hold only means something before the effect fades: give a half-life first (without one the effect lasts).</source>
        <translation>Un maintien n’a de sens qu’avant que l’effet ne s’estompe&#xa0;: indiquez d’abord une demi-vie (sans elle, l’effet dure).</translation>
    </message>
    <message>
        <source>The start delay must be 0 to %1 weeks.</source>
        <translation>Le délai avant effet doit être compris entre 0 et %1 semaines.</translation>
    </message>
    <message>
        <source>The ramp must be more than 0 weeks (at most %1).</source>
        <translation>La montée doit durer plus de 0 semaine (au plus %1).</translation>
    </message>
    <message>
        <source>The hold must be 0 to %1 weeks.</source>
        <translation>Le maintien doit être compris entre 0 et %1 semaines.</translation>
    </message>
    <message>
        <source>The half-life must be more than 0 weeks (at most %1); leave it empty for an effect that lasts.</source>
        <translation>La demi-vie doit dépasser 0 semaine (au plus %1)&#xa0;; laissez-la vide pour un effet qui dure.</translation>
    </message>
    <message>
        <source>start delay</source>
        <translation>le délai avant effet</translation>
    </message>
    <message>
        <source>ramp</source>
        <translation>la montée jusqu’au plein effet</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>le maintien</translation>
    </message>
    <message>
        <source>half-life</source>
        <translation>la demi-vie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Start delay (weeks)</source>
        <translation>Délai avant effet (semaines)</translation>
    </message>
    <message>
        <source>Ramp to full effect (weeks)</source>
        <translation>Montée jusqu’au plein effet (semaines)</translation>
    </message>
    <message>
        <source>Hold (weeks)</source>
        <translation>Maintien (semaines)</translation>
    </message>
    <message>
        <source>Half-life (weeks)</source>
        <translation>Demi-vie (semaines)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>rolelens::BrowseView</name>
    <message>
        <source>Search roles, skills, metrics…</source>
        <translation>Rôle, compétence, indicateur…</translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation>Rechercher des rôles</translation>
    </message>
    <message>
        <source>Number of matching roles</source>
        <translation>Nombre de rôles correspondants</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Add to comparison</source>
        <translation>Ajouter à la comparaison</translation>
    </message>
    <message>
        <source>Finds other forms of a word (managing, manager, réseaux, réseau), typed with or without accents, abbreviations (ads, PR, SEO) and the trade&apos;s words in English, German, Spanish and French (advertising, Werbung, publicidad, publicité). Return opens the highlighted role; Esc clears the search.</source>
        <translation>Trouve les autres formes d’un mot (managing, manager, réseaux, réseau), tapé avec ou sans accents, les abréviations (ads, PR, SEO) et les mots du métier en anglais, en allemand, en espagnol et en français (advertising, Werbung, publicidad, publicité). Entrée ouvre le rôle en surbrillance&#xa0;; Échap efface la recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n role(s) match</source>
        <extracomment>%1: the roles that match; %n: all the roles.</extracomment>
        <translation>
            <numerusform>Rôles correspondants&#xa0;: %1 sur %n</numerusform>
            <numerusform>Rôles correspondants&#xa0;: %1 sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The roles that match the search and the category; the highlighted one&apos;s profile shows beside the list.</source>
        <translation>Les rôles qui correspondent à la recherche et à la catégorie&#xa0;; le profil du rôle mis en évidence s’affiche à côté de la liste.</translation>
    </message>
    <message>
        <source>Lists only the roles that match what you type; Return opens the highlighted role, Esc clears the search.</source>
        <translation>N’affiche que les rôles qui correspondent à votre saisie&#xa0;; Entrée ouvre le rôle mis en évidence, Échap efface la recherche.</translation>
    </message>
</context>
<context>
    <name>rolelens::CatalogLoadingPage</name>
    <message>
        <source>Loading the catalog…</source>
        <translation>Chargement du catalogue…</translation>
    </message>
    <message>
        <source>Catalog loading progress</source>
        <translation>Progression du chargement du catalogue</translation>
    </message>
    <message>
        <source>Closing the window stops loading.</source>
        <translation>Fermer la fenêtre interrompt le chargement.</translation>
    </message>
    <message>
        <source>Checking that every reference resolves…</source>
        <translation>Vérification de tous les renvois…</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3 MB)</source>
        <translation>Lecture de %1 (%2 sur %3&#xa0;Mo)</translation>
    </message>
</context>
<context>
    <name>rolelens::CategoryFilter</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Lists only the roles of the chosen category.</source>
        <translation>N’affiche que les rôles de la catégorie choisie.</translation>
    </message>
</context>
<context>
    <name>rolelens::CompareView</name>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Success metrics of the compared roles</source>
        <translation>Indicateurs de réussite des rôles comparés</translation>
    </message>
    <message>
        <source>Expected results over time</source>
        <translation>Résultats attendus dans le temps</translation>
    </message>
    <message>
        <source>Role to add to the comparison</source>
        <translation>Rôle à ajouter à la comparaison</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Comparing:</source>
        <translation>Comparaison&#xa0;:</translation>
    </message>
    <message>
        <source>Side-by-side comparison</source>
        <translation>Comparaison côte à côte</translation>
    </message>
    <message>
        <source>Each role&apos;s success metrics</source>
        <translation>Indicateurs de réussite de chaque rôle</translation>
    </message>
    <message>
        <source>Comparison views</source>
        <translation>Vues de comparaison</translation>
    </message>
    <message>
        <source>Rows: a darker tint means the roles differ on it, a lighter one that they overlap, none that they are the same; &quot;apart&quot; names a role that shares nothing with the others.</source>
        <translation>Lignes&#xa0;: une teinte plus foncée signifie que les rôles diffèrent, une plus claire qu’ils se recoupent, aucune teinte qu’ils sont identiques&#xa0;; «&#xa0;à part&#xa0;» désigne un rôle qui n’a rien en commun avec les autres.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Success metrics</source>
        <translation>Indicateurs de réussite</translation>
    </message>
    <message>
        <source>Each role&apos;s metrics</source>
        <translation>Indicateurs par rôle</translation>
    </message>
    <message>
        <source>%1 is already in the comparison.</source>
        <translation>%1 figure déjà dans la comparaison.</translation>
    </message>
    <message>
        <source>A comparison holds at most %1 roles; remove one first.</source>
        <translation>Une comparaison compte au plus %1 rôles&#xa0;; retirez-en un d’abord.</translation>
    </message>
    <message>
        <source>add %1 to the comparison</source>
        <translation>ajouter %1 à la comparaison</translation>
    </message>
    <message>
        <source>%1 added to the comparison.</source>
        <translation>%1 ajouté à la comparaison.</translation>
    </message>
    <message>
        <source>remove %1 from the comparison</source>
        <translation>retirer %1 de la comparaison</translation>
    </message>
    <message>
        <source>Remove %1 from the comparison</source>
        <translation>Retirer %1 de la comparaison</translation>
    </message>
    <message>
        <source>Pick two to four roles to compare: choose one in the list at the top right and press Add, or in Browse roles use &quot;Add to comparison&quot; in the role list&apos;s context menu, or Ctrl+D on a role.</source>
        <translation>Choisissez deux à quatre rôles à comparer&#xa0;: sélectionnez-en un dans la liste en haut à droite et cliquez sur Ajouter, ou, dans Parcourir les rôles, utilisez «&#xa0;Ajouter à la comparaison&#xa0;» dans le menu contextuel de la liste des rôles, ou Ctrl+D sur un rôle.</translation>
    </message>
    <message>
        <source>Success metrics of %1</source>
        <translation>Indicateurs de réussite&#xa0;: %1</translation>
    </message>
    <message>
        <source>clear the comparison</source>
        <translation>vider la comparaison</translation>
    </message>
    <message>
        <source>Cleared the comparison; %1 brings it back.</source>
        <translation>Comparaison vidée&#xa0;; %1 la rétablit.</translation>
    </message>
    <message>
        <source>Restored the catalog&apos;s assumptions; %1 brings yours back.</source>
        <translation>Hypothèses du catalogue rétablies&#xa0;; %1 rétablit les vôtres.</translation>
    </message>
    <message>
        <source>Add to the comparison</source>
        <translation>Ajouter à la comparaison</translation>
    </message>
    <message>
        <source>Adds the role chosen in the list beside it to the comparison.</source>
        <translation>Ajoute à la comparaison le rôle choisi dans la liste voisine.</translation>
    </message>
    <message>
        <source>The roles not in the comparison yet; Add puts the chosen one in.</source>
        <translation>Les rôles qui ne sont pas encore dans la comparaison&#xa0;; «&#xa0;Ajouter&#xa0;» y place celui choisi.</translation>
    </message>
    <message>
        <source>Clear the comparison</source>
        <translation>Vider la comparaison</translation>
    </message>
    <message>
        <source>Removes every role from the comparison; Undo brings them back.</source>
        <translation>Retire tous les rôles de la comparaison&#xa0;; «&#xa0;Annuler&#xa0;» les rétablit.</translation>
    </message>
    <message>
        <source>One row for each dimension and one column for each role; a darker tint marks where the roles differ, a lighter one where they overlap.</source>
        <translation>Une ligne par dimension et une colonne par rôle&#xa0;; une teinte plus foncée marque les différences entre les rôles, une plus claire leurs recoupements.</translation>
    </message>
    <message>
        <source>A tab for each compared role, with a chart of the metrics it is judged by.</source>
        <translation>Un onglet par rôle comparé, avec un graphique des indicateurs sur lesquels il est évalué.</translation>
    </message>
    <message>
        <source>The roles side by side, their success metrics, each role&apos;s metrics and the results expected over time, a tab each.</source>
        <translation>Les rôles côte à côte, leurs indicateurs de réussite, les indicateurs de chaque rôle et les résultats attendus dans le temps, chacun dans son onglet.</translation>
    </message>
    <message>
        <source>Takes the role out of the comparison; Undo puts it back.</source>
        <translation>Retire le rôle de la comparaison&#xa0;; «&#xa0;Annuler&#xa0;» le rétablit.</translation>
    </message>
</context>
<context>
    <name>rolelens::ComparisonTableModel</name>
    <message>
        <source>none</source>
        <translation>néant</translation>
    </message>
    <message>
        <source>Responsibilities shared by all</source>
        <translation>Responsabilités communes à tous</translation>
    </message>
    <message>
        <source>Responsibilities of this role only</source>
        <translation>Responsabilités propres à ce rôle</translation>
    </message>
    <message>
        <source>Skills shared by all</source>
        <translation>Compétences communes à tous</translation>
    </message>
    <message>
        <source>Skills of this role only</source>
        <translation>Compétences propres à ce rôle</translation>
    </message>
    <message>
        <source>Metrics shared by all</source>
        <translation>Indicateurs communs à tous</translation>
    </message>
    <message>
        <source>Metrics of this role only</source>
        <translation>Indicateurs propres à ce rôle</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Same: the roles carry the same tags. Overlap: some tags are shared. Different: no tag is shared.</source>
        <translation>Identiques&#xa0;: les rôles portent les mêmes étiquettes. En partie communs&#xa0;: certaines étiquettes sont partagées. Différents&#xa0;: aucune étiquette n’est partagée.</translation>
    </message>
</context>
<context>
    <name>rolelens::CsvExportCommands</name>
    <message>
        <source>Export comparison as &amp;CSV…</source>
        <translation>Exporter la comparaison en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export targets as &amp;CSV…</source>
        <translation>Exporter les objectifs en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export profile as &amp;CSV…</source>
        <translation>Exporter le profil en &amp;CSV…</translation>
    </message>
    <message>
        <source>Nothing to export as CSV: no table is shown.</source>
        <translation>Rien à exporter en CSV&#xa0;: aucun tableau n’est affiché.</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n table(s)).</source>
        <translation>
            <numerusform>%1 enregistré (%n tableau).</numerusform>
            <numerusform>%1 enregistré (%n tableaux).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export self-check as &amp;CSV…</source>
        <translation>Exporter l’auto-évaluation en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the tables on screen as a CSV file for a spreadsheet: the comparison&apos;s, the advice&apos;s realistic targets, the profile&apos;s or the self-check&apos;s</source>
        <translation>Enregistrer les tableaux affichés dans un fichier CSV pour un tableur&#xa0;: ceux de la comparaison, les objectifs chiffrés réalistes des conseils, ceux du profil ou ceux de l’auto-évaluation</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
</context>
<context>
    <name>rolelens::DocumentBrowser</name>
    <message>
        <source>Open the profile of %1</source>
        <translation>Ouvrir le profil&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rolelens::DocumentsDialog</name>
    <message>
        <source>Documents for the hire</source>
        <translation>Documents de recrutement</translation>
    </message>
    <message>
        <source>Documents for the hire: %1</source>
        <translation>Documents de recrutement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>The document</source>
        <translation>Le document</translation>
    </message>
    <message>
        <source>Keep in the job post anyway</source>
        <translation>Conserver quand même dans l’offre d’emploi</translation>
    </message>
    <message>
        <source>Work the advice gives to another role. Ticked, it stays in the job post, marked as kept at your request.</source>
        <translation>Travail que les conseils attribuent à un autre rôle. Si la case est cochée, il reste dans l’offre d’emploi, signalé comme maintenu à votre demande.</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Ex&amp;porter en PDF…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Aperçu a&amp;vant impression…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the document as formatted text and as plain text, to paste into an email or a job site</source>
        <translation>Copier le document en texte mis en forme et en texte brut, pour le coller dans un e-mail ou sur un site d’emploi</translation>
    </message>
    <message>
        <source>Keep: %1</source>
        <translation>Conserver&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 copied as formatted and plain text.</source>
        <translation>Copié en texte mis en forme et en texte brut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The documents for the hire; the chosen one shows beside the list.</source>
        <translation>Les documents de recrutement&#xa0;; celui choisi s’affiche à côté de la liste.</translation>
    </message>
    <message>
        <source>The chosen document as it is exported, printed or copied.</source>
        <translation>Le document choisi, tel qu’il est exporté, imprimé ou copié.</translation>
    </message>
    <message>
        <source>Closes the documents and goes back to the window.</source>
        <translation>Ferme les documents et revient à la fenêtre.</translation>
    </message>
    <message>
        <source>Saves the chosen document as a PDF file.</source>
        <translation>Enregistre le document choisi dans un fichier PDF.</translation>
    </message>
    <message>
        <source>Shows the chosen document&apos;s pages as they would print.</source>
        <translation>Affiche les pages du document choisi telles qu’elles seraient imprimées.</translation>
    </message>
</context>
<context>
    <name>rolelens::EditCommands</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Copied the selection.</source>
        <translation>Sélection copiée.</translation>
    </message>
    <message>
        <source>Nothing to copy: select some text first.</source>
        <translation>Rien à copier&#xa0;: sélectionnez d’abord du texte.</translation>
    </message>
    <message>
        <source>Copied %1 as formatted and plain text.</source>
        <translation>Copié en texte mis en forme et en texte brut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the advice</source>
        <translation>les conseils</translation>
    </message>
    <message>
        <source>the comparison</source>
        <translation>la comparaison</translation>
    </message>
    <message>
        <source>the profile of the %1</source>
        <translation>le profil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the self-check</source>
        <translation>l’auto-évaluation</translation>
    </message>
</context>
<context>
    <name>rolelens::ExpectedResultsPage</name>
    <message>
        <source>Expected results over time</source>
        <translation>Résultats attendus dans le temps</translation>
    </message>
    <message>
        <source>Assumptions behind the expected results</source>
        <translation>Hypothèses derrière les résultats attendus</translation>
    </message>
    <message>
        <source>&amp;Restore the catalog&apos;s assumptions</source>
        <translation>Ré&amp;tablir les hypothèses du catalogue</translation>
    </message>
    <message>
        <source>These curves are &lt;b&gt;assumptions&lt;/b&gt;, not measurements: the catalog&apos;s values are illustrative, shaped by what the articles say (an influencer gives immediate visibility that fades; a manager&apos;s work builds over months). Double-click a value to try your own; an empty half-life means the effect lasts.</source>
        <translation>Ces courbes sont des &lt;b&gt;hypothèses&lt;/b&gt;, pas des mesures&#xa0;: les valeurs du catalogue sont illustratives, établies d’après ce que disent les articles (un influenceur apporte une visibilité immédiate qui s’estompe&#xa0;; le travail d’un manager se construit au fil des mois). Double-cliquez sur une valeur pour essayer la vôtre&#xa0;; une demi-vie vide signifie que l’effet dure.</translation>
    </message>
    <message>
        <source>The values each curve is drawn from, a row for each role; double-click a value to try your own.</source>
        <translation>Les valeurs d’où chaque courbe est tracée, une ligne par rôle&#xa0;; double-cliquez sur une valeur pour essayer la vôtre.</translation>
    </message>
    <message>
        <source>Puts the catalog&apos;s values back for every role&apos;s curve.</source>
        <translation>Rétablit les valeurs du catalogue pour la courbe de chaque rôle.</translation>
    </message>
</context>
<context>
    <name>rolelens::FileChangedBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Open the file again as the other program left it; changes not saved here are lost, after a question.</source>
        <translation>Rouvrir le fichier tel que l’autre programme l’a laissé&#xa0;; les modifications non enregistrées ici sont perdues, après confirmation.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder les miennes</translation>
    </message>
    <message>
        <source>Keep the scenario as it is here; saving will ask before it overwrites the other program&apos;s changes.</source>
        <translation>Garder le scénario tel qu’il est ici&#xa0;; l’enregistrement demandera confirmation avant d’écraser les modifications de l’autre programme.</translation>
    </message>
    <message>
        <source>Another program changed %1 since it was opened or saved here.</source>
        <translation>Un autre programme a modifié %1 depuis son ouverture ou son enregistrement ici.</translation>
    </message>
</context>
<context>
    <name>rolelens::FileOpener</name>
    <message>
        <source>%1 is already part of this window&apos;s catalog.</source>
        <translation>%1 fait déjà partie du catalogue de cette fenêtre.</translation>
    </message>
    <message>
        <source>not opened: the Advisor holds one scenario at a time, and %1 came first</source>
        <translation>non ouvert&#xa0;: le Conseiller contient un scénario à la fois, et %1 venait en premier</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Not everything could be opened:

%1</source>
        <translation>Tout n’a pas pu être ouvert&#xa0;:

%1</translation>
    </message>
    <message>
        <source>A new window with the roles of %1 could not be started.</source>
        <translation>Impossible d’ouvrir une nouvelle fenêtre avec les rôles de %1.</translation>
    </message>
    <message>
        <source>Opening a new window with the roles of %1; this one stays as it is.</source>
        <translation>Ouverture d’une nouvelle fenêtre avec les rôles de %1&#xa0;; celle-ci reste telle quelle.</translation>
    </message>
</context>
<context>
    <name>rolelens::FindingsTree</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Findings show here once you say what you want from the hire.</source>
        <translation>Les constats s’affichent ici dès que vous indiquez ce que vous attendez de la personne recrutée.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>What to look out for in your expectations, each finding with its explanation, what to do instead and its sources.</source>
        <translation>Les points de vigilance de vos attentes&#xa0;: chaque constat avec son explication, ce qu’il vaut mieux faire et ses sources.</translation>
    </message>
</context>
<context>
    <name>rolelens::FirstRunHint</name>
    <message>
        <source>New here? Browse the roles, compare two to four side by side, or let the Advisor check what you expect from a hire: start with one of the examples.</source>
        <translation>Première visite&#xa0;? Parcourez les rôles, comparez-en deux à quatre côte à côte, ou laissez le Conseiller vérifier ce que vous attendez de la personne que vous allez recruter&#xa0;: commencez par l’un des exemples.</translation>
    </message>
    <message>
        <source>Open the &amp;Advisor with an example</source>
        <translation>Ouvrir le Conseiller avec un e&amp;xemple</translation>
    </message>
    <message>
        <source>Close this hint</source>
        <translation>Fermer cette astuce</translation>
    </message>
    <message>
        <source>Shows the advisor with an example scenario and hides this hint for good.</source>
        <translation>Affiche le Conseiller avec un scénario d’exemple et masque définitivement cette astuce.</translation>
    </message>
    <message>
        <source>Hides this hint for good; the examples stay in the File menu.</source>
        <translation>Masque définitivement cette astuce&#xa0;; les exemples restent dans le menu Fichier.</translation>
    </message>
</context>
<context>
    <name>rolelens::HelpMenu</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>Qu’est-ce que &amp;c’est&#xa0;?</translation>
    </message>
    <message>
        <source>Click a question of the Advisor to read what it is for and how the advice uses your answer</source>
        <translation>Cliquez sur une question du Conseiller pour lire à quoi elle sert et comment les conseils utilisent votre réponse</translation>
    </message>
    <message>
        <source>&amp;About RoleLens</source>
        <translation>À &amp;propos de RoleLens</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
</context>
<context>
    <name>rolelens::HistoryBar</name>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Back to the role shown before (Alt+Left)</source>
        <translation>Revenir au rôle affiché précédemment (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Forward to the role shown after (Alt+Right)</source>
        <translation>Aller au rôle affiché ensuite (Alt+Droite)</translation>
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
        <translation>&amp;Parcourir les rôles</translation>
    </message>
    <message>
        <source>&amp;Compare roles</source>
        <translation>&amp;Comparer les rôles</translation>
    </message>
    <message>
        <source>&amp;Advisor</source>
        <translation>C&amp;onseiller</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Roles in the catalog: %1</source>
        <translation>Rôles du catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1[*] — RoleLens</source>
        <translation>%1[*] — RoleLens</translation>
    </message>
    <message>
        <source>Agreement version %1 recorded in the scenario: save it, and the next agreement lists what changed since.</source>
        <translation>Version %1 de l’accord consignée dans le scénario&#xa0;: enregistrez le scénario, et le prochain accord indiquera ce qui a changé depuis.</translation>
    </message>
    <message>
        <source>&amp;Find a role…</source>
        <translation>&amp;Trouver un rôle…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Add to comparison</source>
        <translation>&amp;Ajouter à la comparaison</translation>
    </message>
    <message>
        <source>Add the selected role to the comparison (Ctrl+D)</source>
        <translation>Ajouter le rôle sélectionné à la comparaison (Ctrl+D)</translation>
    </message>
    <message>
        <source>C&amp;lear comparison</source>
        <translation>&amp;Vider la comparaison</translation>
    </message>
    <message>
        <source>&amp;New scenario</source>
        <translation>&amp;Nouveau scénario</translation>
    </message>
    <message>
        <source>Start a new hiring scenario in the advisor</source>
        <translation>Commencer un nouveau scénario de recrutement dans le Conseiller</translation>
    </message>
    <message>
        <source>&amp;Open scenario…</source>
        <translation>&amp;Ouvrir un scénario…</translation>
    </message>
    <message>
        <source>&amp;Save scenario</source>
        <translation>&amp;Enregistrer le scénario</translation>
    </message>
    <message>
        <source>Save scenario &amp;as…</source>
        <translation>Enregistrer le scénario &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Ex&amp;porter en PDF…</translation>
    </message>
    <message>
        <source>&amp;Documents for the hire…</source>
        <translation>&amp;Documents de recrutement…</translation>
    </message>
    <message>
        <source>%1: for the Advisor&apos;s scenario or the role on screen, to read, export, print or copy</source>
        <translation>%1&#xa0;: pour le scénario du Conseiller ou le rôle affiché, à lire, exporter, imprimer ou copier</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Aperçu a&amp;vant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selection, or else the profile, comparison or advice on screen, as text</source>
        <translation>Copier la sélection, ou à défaut le profil, la comparaison ou les conseils affichés, sous forme de texte</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rôles</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Open an example scenario in the advisor</source>
        <translation>Ouvrir un scénario d’exemple dans le Conseiller</translation>
    </message>
    <message>
        <source>Open &amp;example</source>
        <translation>Ouvrir un e&amp;xemple</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The catalog could not be read in this language; the window stays as it is.

%1</source>
        <translation>Le catalogue n’a pas pu être lu dans cette langue&#xa0;; la fenêtre reste telle quelle.

%1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 enregistré (pages&#xa0;: %n).</numerusform>
            <numerusform>%1 enregistré (pages&#xa0;: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
    <message>
        <source>Search the roles by name, skill or metric, in Browse roles</source>
        <translation>Rechercher les rôles par nom, compétence ou indicateur, dans Parcourir les rôles</translation>
    </message>
    <message>
        <source>Open a saved hiring scenario in the advisor</source>
        <translation>Ouvrir un scénario de recrutement enregistré dans le Conseiller</translation>
    </message>
    <message>
        <source>Save the advisor&apos;s scenario in its file</source>
        <translation>Enregistrer le scénario du Conseiller dans son fichier</translation>
    </message>
    <message>
        <source>&amp;Reopen the last one at start</source>
        <translation>&amp;Rouvrir le dernier au démarrage</translation>
    </message>
    <message>
        <source>&amp;Self-check</source>
        <translation>Auto-é&amp;valuation</translation>
    </message>
    <message>
        <source>Role &amp;map</source>
        <translation>Car&amp;te des rôles</translation>
    </message>
    <message>
        <source>Browse roles, compare two to four of them side by side, ask the advisor about a hire, check which role fits you, or see how the roles relate on a map: a tab each.</source>
        <translation>Parcourir les rôles, en comparer deux à quatre côte à côte, interroger le Conseiller sur un recrutement, vérifier quel rôle vous correspond ou voir sur une carte comment les rôles s’articulent&#xa0;: chaque usage a son onglet.</translation>
    </message>
    <message>
        <source>Save what is on screen as a PDF sheet: the comparison, the role&apos;s profile, the expectations agreement or the role map</source>
        <translation>Enregistrer ce qui est affiché sous forme de fiche PDF&#xa0;: la comparaison, le profil du rôle, l’accord sur les attentes ou la carte des rôles</translation>
    </message>
</context>
<context>
    <name>rolelens::MapExportCommands</name>
    <message>
        <source>Export map as SV&amp;G…</source>
        <translation>Exporter la carte en SV&amp;G…</translation>
    </message>
    <message>
        <source>Export map as PD&amp;F…</source>
        <translation>Exporter la carte en PD&amp;F…</translation>
    </message>
    <message>
        <source>Save the role map as an SVG drawing, to edit or put in a page</source>
        <translation>Enregistrer la carte des rôles comme dessin SVG, à modifier ou à insérer dans une page</translation>
    </message>
    <message>
        <source>Save the role map as a one-page PDF</source>
        <translation>Enregistrer la carte des rôles en PDF d’une page</translation>
    </message>
    <message>
        <source>Export map as SVG</source>
        <translation>Exporter la carte en SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export map as PDF</source>
        <translation>Exporter la carte en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>rolelens::MapScene</name>
    <message>
        <source>The catalog has %1 roles, too many to draw as a readable map; the map draws catalogs of up to %2 roles. Browse and Compare show every role.</source>
        <translation>Le catalogue compte %1 rôles, trop pour une carte lisible&#xa0;; la carte dessine les catalogues de %2 rôles au plus. «&#xa0;Parcourir les rôles&#xa0;» et «&#xa0;Comparer les rôles&#xa0;» montrent tous les rôles.</translation>
    </message>
</context>
<context>
    <name>rolelens::NoMatchPage</name>
    <message>
        <source>Show all roles</source>
        <translation>Afficher tous les rôles</translation>
    </message>
    <message>
        <source>No role in this category matches “%1”; roles in other categories do.</source>
        <translation>Aucun rôle de cette catégorie ne correspond à «&#xa0;%1&#xa0;»&#xa0;; des rôles d’autres catégories y correspondent.</translation>
    </message>
    <message>
        <source>No role in this category.</source>
        <translation>Aucun rôle dans cette catégorie.</translation>
    </message>
    <message>
        <source>No role matches “%1”.</source>
        <translation>Aucun rôle ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Vouliez-vous dire «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Search for “%1” instead</source>
        <translation>Rechercher «&#xa0;%1&#xa0;» à la place</translation>
    </message>
    <message>
        <source>Show all categories</source>
        <translation>Afficher toutes les catégories</translation>
    </message>
    <message>
        <source>Keep the search, in every category</source>
        <translation>Garder la recherche, dans toutes les catégories</translation>
    </message>
    <message>
        <source>Clear the search and the category (Esc clears the search)</source>
        <translation>Effacer la recherche et la catégorie (Échap efface la recherche)</translation>
    </message>
</context>
<context>
    <name>rolelens::OwnFigureDelegate</name>
    <message>
        <source>Your own figure for this measure</source>
        <translation>Votre propre valeur pour cet indicateur</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>A figure of your own for the measure, shown beside the published benchmarks and saved with the scenario; &quot;not set&quot; removes it.</source>
        <translation>Un chiffre à vous pour cet indicateur, affiché à côté des valeurs de référence publiées et enregistré avec le scénario&#xa0;; «&#xa0;non défini&#xa0;» le retire.</translation>
    </message>
</context>
<context>
    <name>rolelens::PlanTree</name>
    <message>
        <source>Hiring plan</source>
        <translation>Plan de recrutement</translation>
    </message>
    <message>
        <source>Tick what you want from the hire, or what the hire will do.</source>
        <translation>Cochez ce que vous attendez de la personne recrutée, ou ce qu’elle fera.</translation>
    </message>
    <message>
        <source>No role in the catalog covers: %1.</source>
        <translation>Aucun rôle du catalogue ne couvre&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Who does what you listed: the role to hire, and the work that belongs to other roles or to no role, each with its reasons and sources.</source>
        <translation>Qui fait ce que vous avez indiqué&#xa0;: le rôle à recruter et le travail qui revient à d’autres rôles ou à aucun, chacun avec ses raisons et ses sources.</translation>
    </message>
</context>
<context>
    <name>rolelens::ProfileView</name>
    <message>
        <source>Role profile</source>
        <translation>Profil du rôle</translation>
    </message>
    <message>
        <source>Chart of the role&apos;s success metrics</source>
        <translation>Graphique des indicateurs de réussite du rôle</translation>
    </message>
    <message>
        <source>What the role is for, how it is judged and what it does not do, with the sources of each statement.</source>
        <translation>À quoi sert le rôle, sur quoi il est évalué et ce qu’il ne fait pas, avec les sources de chaque affirmation.</translation>
    </message>
</context>
<context>
    <name>rolelens::RecommendationList</name>
    <message>
        <source>Roles that fit</source>
        <translation>Rôles adaptés</translation>
    </message>
    <message>
        <source>Role</source>
        <extracomment>Column titles: a role, and how well it fits the owner&apos;s goals and tasks (a percentage).</extracomment>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <source>Fit, from 0 to 100 %: four fifths for how much of what you listed the role covers (what only general practice, not an article, says it covers counts half), one fifth for how much of what the role is mainly judged by your goals ask for.</source>
        <translation>Adéquation, de 0 à 100&#xa0;%&#xa0;: pour quatre cinquièmes, la part de ce que vous avez indiqué que couvre le rôle (ce que seule la pratique courante lui attribue, et non un article, compte pour moitié)&#xa0;; pour un cinquième, la part de ce sur quoi le rôle est principalement évalué que demandent vos objectifs.</translation>
    </message>
    <message>
        <source>Tick what you want from the hire, or what the hire will do.</source>
        <translation>Cochez ce que vous attendez de la personne recrutée, ou ce qu’elle fera.</translation>
    </message>
    <message>
        <source>The findings and targets are about this role.</source>
        <translation>Les constats et les objectifs chiffrés portent sur ce rôle.</translation>
    </message>
    <message numerus="yes">
        <source>%n more role(s) cover part of this; tick more goals and tasks to narrow it down.</source>
        <translation>
            <numerusform>%n autre rôle en couvre une partie&#xa0;; cochez davantage d’objectifs et de tâches pour affiner.</numerusform>
            <numerusform>%n autres rôles en couvrent une partie&#xa0;; cochez davantage d’objectifs et de tâches pour affiner.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every role ranked by how well it fits your goals and tasks, with its fit from 0 to 100 %.</source>
        <translation>Tous les rôles classés selon leur adéquation à vos objectifs et à vos tâches, avec cette adéquation de 0 à 100&#xa0;%.</translation>
    </message>
</context>
<context>
    <name>rolelens::RoleListModel</name>
    <message>
        <source>Also called: %1</source>
        <translation>Autres appellations&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rolelens::RoleMapView</name>
    <message>
        <source>Role map</source>
        <translation>Carte des rôles</translation>
    </message>
    <message>
        <source>Role map: Enter opens the profile; Tab and the arrow keys move to another role.</source>
        <translation>Carte des rôles&#xa0;: Entrée ouvre le profil&#xa0;; Tab et les flèches passent à un autre rôle.</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Make the map smaller (Ctrl+-, or Ctrl+wheel)</source>
        <translation>Réduire la carte (Ctrl+- ou Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Make the map larger (Ctrl++, or Ctrl+wheel)</source>
        <translation>Agrandir la carte (Ctrl++ ou Ctrl+molette)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <source>Show the whole map (Ctrl+0)</source>
        <translation>Afficher toute la carte (Ctrl+0)</translation>
    </message>
    <message>
        <source>The catalog&apos;s roles and how they relate: who supervises whom, who does the work a role does not, and where the articles disagree. Tab moves from role to role; Enter opens its profile.</source>
        <translation>Les rôles du catalogue et leurs liens&#xa0;: qui supervise qui, qui fait le travail qu’un rôle ne fait pas, et sur quoi les articles divergent. Tab passe d’un rôle à l’autre&#xa0;; Entrée ouvre son profil.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>rolelens::ScenarioEditCommand</name>
    <message>
        <source>change business name</source>
        <translation>modifier le nom de l’entreprise</translation>
    </message>
    <message>
        <source>change business size</source>
        <translation>modifier la taille de l’entreprise</translation>
    </message>
    <message>
        <source>change the role considered</source>
        <translation>modifier le rôle envisagé</translation>
    </message>
    <message>
        <source>change what you want from the hire</source>
        <translation>modifier vos attentes envers la personne recrutée</translation>
    </message>
    <message>
        <source>change what the hire will do</source>
        <translation>modifier les tâches de la personne recrutée</translation>
    </message>
    <message>
        <source>change the roles one hire covers</source>
        <translation>modifier les rôles tenus par une seule personne</translation>
    </message>
    <message>
        <source>change the follower expectation</source>
        <translation>modifier l’attente en abonnés</translation>
    </message>
    <message>
        <source>change followers now</source>
        <translation>modifier le nombre actuel d’abonnés</translation>
    </message>
    <message>
        <source>change followers expected</source>
        <translation>modifier le nombre d’abonnés attendu</translation>
    </message>
    <message>
        <source>change weeks to get there</source>
        <translation>modifier le délai en semaines</translation>
    </message>
    <message>
        <source>change how the hire is judged</source>
        <translation>modifier les critères d’évaluation de la personne recrutée</translation>
    </message>
    <message>
        <source>change currency</source>
        <translation>modifier la devise</translation>
    </message>
    <message>
        <source>change salary</source>
        <translation>modifier le salaire</translation>
    </message>
    <message>
        <source>change ad spend</source>
        <translation>modifier le budget publicitaire</translation>
    </message>
    <message>
        <source>change growth assumption</source>
        <translation>modifier l’hypothèse de croissance</translation>
    </message>
    <message>
        <source>reset growth assumption</source>
        <translation>réinitialiser l’hypothèse de croissance</translation>
    </message>
    <message>
        <source>change your figure for %1</source>
        <translation>modifier votre valeur pour %1</translation>
    </message>
    <message>
        <source>record the agreement issued</source>
        <translation>enregistrer l’accord établi</translation>
    </message>
    <message>
        <source>change what the job post keeps</source>
        <translation>modifier ce que conserve l’offre d’emploi</translation>
    </message>
</context>
<context>
    <name>rolelens::ScenarioForm</name>
    <message>
        <source>An assumption, not a measurement. Pick a role, or goals and tasks, to see it.</source>
        <translation>Une hypothèse, pas une mesure. Choisissez un rôle, ou des objectifs et des tâches, pour la voir.</translation>
    </message>
    <message>
        <source>An assumption, not a measurement. The catalog has no growth figure for the %1.</source>
        <translation>Une hypothèse, pas une mesure. Le catalogue n’a aucun chiffre de croissance pour un %1.</translation>
    </message>
    <message>
        <source>An assumption, not a measurement: your own figures for how fast the %1 grows an audience (the catalog assumes %2 a month).</source>
        <translation>Une hypothèse, pas une mesure&#xa0;: vos propres valeurs pour la vitesse à laquelle un %1 fait croître une audience (le catalogue suppose %2 par mois).</translation>
    </message>
    <message>
        <source>An assumption, not a measurement: how fast the %1 might grow an audience, chosen for illustration. The articles give no figures; change them if you know better.</source>
        <translation>Une hypothèse, pas une mesure&#xa0;: la vitesse à laquelle un %1 pourrait faire croître une audience, choisie à titre d’illustration. Les articles ne donnent aucun chiffre&#xa0;; modifiez ces valeurs si vous disposez de meilleures informations.</translation>
    </message>
    <message>
        <source>Business name</source>
        <translation>Nom de l’entreprise</translation>
    </message>
    <message>
        <source>e.g. Corner Bakery</source>
        <translation>par ex. Boulangerie du Coin</translation>
    </message>
    <message>
        <source>Business size</source>
        <translation>Taille de l’entreprise</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Votre entreprise</translation>
    </message>
    <message>
        <source>The role you are considering</source>
        <translation>Le rôle que vous envisagez</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Pas encore décidé</translation>
    </message>
    <message>
        <source>Undecided? The advisor judges the best-fitting role.</source>
        <translation>Vous hésitez&#xa0;? Le Conseiller détermine le rôle le plus adapté.</translation>
    </message>
    <message>
        <source>What you want from the hire</source>
        <translation>Ce que vous attendez de la personne recrutée</translation>
    </message>
    <message>
        <source>What do you want from the hire?</source>
        <translation>Qu’attendez-vous de la personne recrutée&#xa0;?</translation>
    </message>
    <message>
        <source>What the hire will do</source>
        <translation>Ce que fera la personne recrutée</translation>
    </message>
    <message>
        <source>What will the hire do?</source>
        <translation>Que fera la personne recrutée&#xa0;?</translation>
    </message>
    <message>
        <source>Roles one person should cover</source>
        <translation>Rôles qu’une seule personne doit tenir</translation>
    </message>
    <message>
        <source>Should one person cover several roles?</source>
        <translation>Une seule personne doit-elle tenir plusieurs rôles&#xa0;?</translation>
    </message>
    <message>
        <source>Tick every role you expect this one hire to fill.</source>
        <translation>Cochez chaque rôle que cette seule personne devrait tenir.</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Abonnés</translation>
    </message>
    <message>
        <source>Tick if you expect a number of followers by a date.</source>
        <translation>Cochez si vous attendez un certain nombre d’abonnés à une date donnée.</translation>
    </message>
    <message>
        <source>Followers now</source>
        <translation>Abonnés actuels</translation>
    </message>
    <message>
        <source>Followers you expect</source>
        <translation>Abonnés attendus</translation>
    </message>
    <message>
        <source>Weeks to get there</source>
        <translation>Semaines pour y parvenir</translation>
    </message>
    <message>
        <source>Followers &amp;now:</source>
        <translation>Abonnés act&amp;uels&#xa0;:</translation>
    </message>
    <message>
        <source>Followers you &amp;expect:</source>
        <translation>Abonnés attendu&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>Dé&amp;lai&#xa0;:</translation>
    </message>
    <message>
        <source>How you will judge the hire</source>
        <translation>Comment vous évaluerez la personne recrutée</translation>
    </message>
    <message>
        <source>How will you judge the hire?</source>
        <translation>Sur quoi évaluerez-vous la personne recrutée&#xa0;?</translation>
    </message>
    <message>
        <source>Tick the measures in the order that matters to you.</source>
        <translation>Cochez les indicateurs dans l’ordre d’importance qu’ils ont pour vous.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation>par ex. EUR</translation>
    </message>
    <message>
        <source>Monthly salary</source>
        <translation>Salaire mensuel</translation>
    </message>
    <message>
        <source>Monthly ad spend</source>
        <translation>Budget publicitaire mensuel</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <source>Monthly &amp;salary:</source>
        <translation>Salaire &amp;mensuel&#xa0;:</translation>
    </message>
    <message>
        <source>Monthly &amp;ad spend:</source>
        <translation>Bud&amp;get publicitaire mensuel&#xa0;:</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Leave an amount at &quot;not set&quot; if you have not decided.</source>
        <translation>Laissez un montant sur «&#xa0;non défini&#xa0;» si vous n’avez pas encore décidé.</translation>
    </message>
    <message>
        <source> % a month</source>
        <translation>&#xa0;% par mois</translation>
    </message>
    <message>
        <source>Assumed audience growth per month, low</source>
        <translation>Croissance mensuelle supposée de l’audience, fourchette basse</translation>
    </message>
    <message>
        <source>Assumed audience growth per month, high</source>
        <translation>Croissance mensuelle supposée de l’audience, fourchette haute</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Ré&amp;initialiser</translation>
    </message>
    <message>
        <source>Back to the catalog&apos;s assumption for this role</source>
        <translation>Revenir à l’hypothèse du catalogue pour ce rôle</translation>
    </message>
    <message>
        <source>&amp;Low:</source>
        <translation>&amp;Basse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;High:</source>
        <translation>&amp;Haute&#xa0;:</translation>
    </message>
    <message>
        <source>Assumption: audience growth per month</source>
        <translation>Hypothèse&#xa0;: croissance mensuelle de l’audience</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> semaine</numerusform>
            <numerusform> semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Your business&apos;s name, as the documents for the hire write it.</source>
        <translation>Le nom de votre entreprise, tel que l’écrivent les documents de recrutement.</translation>
    </message>
    <message>
        <source>How many people your business has, from the owner alone to over 250.</source>
        <translation>Le nombre de personnes de votre entreprise, du dirigeant seul à plus de 250.</translation>
    </message>
    <message>
        <source>The role you mean to hire; with &quot;Not decided&quot;, the advisor judges the role that fits best.</source>
        <translation>Le rôle que vous comptez recruter&#xa0;; avec «&#xa0;Pas encore décidé&#xa0;», le Conseiller évalue le rôle le plus adapté.</translation>
    </message>
    <message>
        <source>Tick each goal you have for the hire: the roles are ranked by how they serve your goals and tasks.</source>
        <translation>Cochez chaque objectif que vous avez pour ce recrutement&#xa0;: les rôles sont classés selon la manière dont ils servent vos objectifs et vos tâches.</translation>
    </message>
    <message>
        <source>Tick each task you expect of the hire; the plan says which belong to the role and which to others.</source>
        <translation>Cochez chaque tâche que vous attendez de la personne recrutée&#xa0;; le plan indique lesquelles reviennent au rôle et lesquelles à d’autres.</translation>
    </message>
    <message>
        <source>How many followers you have today.</source>
        <translation>Le nombre d’abonnés que vous avez aujourd’hui.</translation>
    </message>
    <message>
        <source>How many followers you expect the hire to bring you to.</source>
        <translation>Le nombre d’abonnés auquel vous attendez que la personne recrutée vous amène.</translation>
    </message>
    <message>
        <source>How many weeks you give the hire to reach that number.</source>
        <translation>Le nombre de semaines que vous laissez à la personne recrutée pour atteindre ce chiffre.</translation>
    </message>
    <message>
        <source>Tick the measures you will judge the hire by, in the order that matters to you.</source>
        <translation>Cochez les indicateurs sur lesquels vous évaluerez la personne recrutée, dans l’ordre d’importance qu’ils ont pour vous.</translation>
    </message>
    <message>
        <source>The three-letter code of your budget&apos;s currency, such as EUR.</source>
        <translation>Le code à trois lettres de la devise de votre budget, comme EUR.</translation>
    </message>
    <message>
        <source>What you mean to pay the hire each month; &quot;not set&quot; if undecided.</source>
        <translation>Ce que vous comptez verser chaque mois à la personne recrutée&#xa0;; «&#xa0;non défini&#xa0;» si ce n’est pas décidé.</translation>
    </message>
    <message>
        <source>What you mean to spend on advertising each month; &quot;not set&quot; if undecided.</source>
        <translation>Ce que vous comptez dépenser chaque mois en publicité&#xa0;; «&#xa0;non défini&#xa0;» si ce n’est pas décidé.</translation>
    </message>
    <message>
        <source>The low end of the monthly growth the follower chart assumes for the role; change it to try your own.</source>
        <translation>La fourchette basse de la croissance mensuelle que le graphique des abonnés suppose pour le rôle&#xa0;; modifiez-la pour essayer la vôtre.</translation>
    </message>
    <message>
        <source>The high end of the monthly growth the follower chart assumes for the role; change it to try your own.</source>
        <translation>La fourchette haute de la croissance mensuelle que le graphique des abonnés suppose pour le rôle&#xa0;; modifiez-la pour essayer la vôtre.</translation>
    </message>
    <message>
        <source>Reset the audience growth</source>
        <translation>Réinitialiser la croissance de l’audience</translation>
    </message>
</context>
<context>
    <name>rolelens::ScenarioFormWhatsThis</name>
    <message>
        <source>Your business&apos;s name. The advice does not depend on it: the hiring documents show it under their title, and the agreement and the scope of work name it where you sign.</source>
        <translation>Le nom de votre entreprise. Les conseils n’en dépendent pas&#xa0;: les documents de recrutement l’affichent sous leur titre, et l’accord et le périmètre de la mission le nomment là où vous signez.</translation>
    </message>
    <message>
        <source>How large your business is. When a solo or small business wants one person to fill two roles that an article says one person may combine, the advice gives a note instead of a warning.</source>
        <translation>La taille de votre entreprise. Quand un indépendant ou une petite entreprise veut confier à une seule personne deux rôles qu’un article dit cumulables, les conseils donnent une remarque au lieu d’un avertissement.</translation>
    </message>
    <message>
        <source>The role you have in mind. The findings, the targets and the hiring documents are about it, even where the plan would hire another role. Not decided: they are about the best-fitting role, the plan&apos;s hire.</source>
        <translation>Le rôle que vous avez en tête. Les constats, les objectifs et les documents de recrutement portent sur lui, même si le plan recruterait un autre rôle. Pas encore décidé&#xa0;: ils portent sur le rôle le mieux adapté, celui que le plan recrute.</translation>
    </message>
    <message>
        <source>What the hire should bring about. The advisor ranks the roles by how much of your goals and tasks each covers, and warns where the role you consider does not serve a goal, or works on another time scale (right away, over months).</source>
        <translation>Ce que la personne recrutée doit obtenir. Le Conseiller classe les rôles selon la part de vos objectifs et de vos tâches que chacun couvre, et avertit quand le rôle envisagé ne répond pas à un objectif ou agit dans un autre délai (tout de suite, sur des mois).</translation>
    </message>
    <message>
        <source>The work you expect of the hire. A task outside the role&apos;s responsibilities is pointed out with the role that does it, and the plan gives it to that role, for a campaign or to contract out.</source>
        <translation>Le travail que vous attendez de la personne recrutée. Une tâche hors des responsabilités du rôle est signalée avec le rôle qui l’assure, et le plan la confie à ce rôle, le temps d’une campagne ou en externalisant.</translation>
    </message>
    <message>
        <source>Tick two or more roles if one person is to fill them all. The advice says what the articles say about combining them and, with a salary set, what it comes to for each role.</source>
        <translation>Cochez deux rôles ou plus si une seule personne doit les tenir tous. Les conseils disent ce que les articles disent de leur cumul et, si un salaire est indiqué, ce qu’il représente pour chaque rôle.</translation>
    </message>
    <message>
        <source>Tick it if you expect a number of followers by a date. The advisor works out the growth a month this needs, draws it on the follower chart against the growth assumed for the role, and warns when it is beyond it.</source>
        <translation>Cochez-la si vous attendez un nombre d’abonnés à une date donnée. Le Conseiller calcule la croissance mensuelle nécessaire, la trace sur le graphique des abonnés face à la croissance supposée pour le rôle, et avertit quand elle la dépasse.</translation>
    </message>
    <message>
        <source>How many followers the account has now: where the curve starts. From no followers, no monthly rate gets anywhere, and the advice says what to judge a new account by instead.</source>
        <translation>Le nombre d’abonnés actuel du compte&#xa0;: le point de départ de la courbe. Sans abonnés, aucun taux mensuel ne mène nulle part, et les conseils disent sur quoi évaluer plutôt un nouveau compte.</translation>
    </message>
    <message>
        <source>How many followers you expect by the end of the weeks below. The advisor sets the growth this needs against the range assumed for the role.</source>
        <translation>Le nombre d’abonnés que vous attendez au terme des semaines indiquées plus bas. Le Conseiller compare la croissance nécessaire à la fourchette supposée pour le rôle.</translation>
    </message>
    <message>
        <source>How many weeks you give it. Fewer weeks need faster growth; where it is too fast, the advice says how many followers to expect after those weeks.</source>
        <translation>Le nombre de semaines que vous accordez. Moins de semaines exigent une croissance plus rapide&#xa0;; si elle est trop rapide, les conseils disent combien d’abonnés attendre après ces semaines.</translation>
    </message>
    <message>
        <source>The measures you mean to judge the hire by, the one that matters most first. Judging mainly by follower count a role whose main measures are others brings a warning that names them.</source>
        <translation>Les indicateurs sur lesquels vous comptez évaluer la personne recrutée, le plus important en premier. Évaluer surtout au nombre d’abonnés un rôle dont les principaux indicateurs sont autres entraîne un avertissement qui les nomme.</translation>
    </message>
    <message>
        <source>Your currency&apos;s three-letter code (EUR, USD…), written beside the salary where the advice divides it between roles.</source>
        <translation>Le code à trois lettres de votre devise (EUR, USD…), écrit à côté du salaire quand les conseils le répartissent entre les rôles.</translation>
    </message>
    <message>
        <source>What you mean to pay the hire a month. Where one person is to fill several roles, the advice says what it comes to for each; &quot;not set&quot; leaves it out.</source>
        <translation>Ce que vous comptez verser chaque mois à la personne recrutée. Si une seule personne doit tenir plusieurs rôles, les conseils disent ce qu’il représente pour chacun&#xa0;; «&#xa0;non défini&#xa0;» l’écarte.</translation>
    </message>
    <message>
        <source>What you mean to spend a month on paid advertising, on top of the salary. Goals or tasks that need paid campaigns bring a warning while there is no ad spend.</source>
        <translation>Ce que vous comptez dépenser chaque mois en publicité payante, en plus du salaire. Les objectifs ou tâches qui demandent des campagnes payantes entraînent un avertissement tant qu’il n’y a pas de budget publicitaire.</translation>
    </message>
    <message>
        <source>How fast the role the advice is about grows an audience, a month: an assumption, not a measurement. The follower check, the chart and the audience-growth target use the figures shown; Reset brings back the catalog&apos;s.</source>
        <translation>La vitesse à laquelle le rôle dont parlent les conseils fait grandir une audience, par mois&#xa0;: une hypothèse, pas une mesure. La vérification des abonnés, le graphique et l’objectif de croissance de l’audience utilisent les valeurs affichées&#xa0;; Réinitialiser rétablit celles du catalogue.</translation>
    </message>
</context>
<context>
    <name>rolelens::ScenarioSession</name>
    <message>
        <source>RoleLens scenarios (*.rolelens.json)</source>
        <translation>Scénarios RoleLens (*.rolelens.json)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>%1 (example)</source>
        <translation>%1 (exemple)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The scenario &quot;%1&quot; has changes that are not saved. Save them?</source>
        <translation>Le scénario «&#xa0;%1&#xa0;» contient des modifications non enregistrées. Voulez-vous les enregistrer&#xa0;?</translation>
    </message>
    <message>
        <source>New scenario.</source>
        <translation>Nouveau scénario.</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Ouvrir un scénario</translation>
    </message>
    <message>
        <source>%1 could not be opened:

%2</source>
        <translation>Impossible d’ouvrir %1&#xa0;:

%2</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 ouvert.</translation>
    </message>
    <message>
        <source>Open example</source>
        <translation>Ouvrir un exemple</translation>
    </message>
    <message>
        <source>Opened the example &quot;%1&quot;.</source>
        <translation>Exemple «&#xa0;%1&#xa0;» ouvert.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Enregistrer le scénario sous</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Enregistrer le scénario</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Autosave failed: %1</source>
        <translation>Échec de l’enregistrement automatique&#xa0;: %1</translation>
    </message>
    <message>
        <source>an untitled scenario</source>
        <translation>un scénario sans titre</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Récupérer les modifications non enregistrées</translation>
    </message>
    <message>
        <source>RoleLens did not close properly, and the changes to %1 were not saved. Recover them?</source>
        <translation>RoleLens ne s’est pas fermé correctement, et les modifications apportées à %1 n’ont pas été enregistrées. Voulez-vous les récupérer&#xa0;?</translation>
    </message>
    <message>
        <source>The autosaved scenario could not be read:

%1</source>
        <translation>Le scénario enregistré automatiquement n’a pas pu être lu&#xa0;:

%1</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to %1.</source>
        <translation>Les modifications non enregistrées apportées à %1 ont été récupérées.</translation>
    </message>
    <message>
        <source>Reload scenario</source>
        <translation>Recharger le scénario</translation>
    </message>
    <message>
        <source>%1 could not be reloaded; the scenario stays as it is:

%2</source>
        <translation>Impossible de recharger %1&#xa0;; le scénario reste tel quel&#xa0;:

%2</translation>
    </message>
    <message>
        <source>Reload %1 as the other program left it, and lose the changes not saved here?</source>
        <translation>Recharger %1 tel que l’autre programme l’a laissé, et perdre les modifications non enregistrées ici&#xa0;?</translation>
    </message>
    <message>
        <source>Reloaded %1.</source>
        <translation>%1 rechargé.</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened or last saved here. Overwrite it with this version, and lose those changes?</source>
        <translation>Un autre programme a modifié %1 depuis son ouverture ou son dernier enregistrement ici. L’écraser avec cette version, et perdre ces modifications&#xa0;?</translation>
    </message>
    <message>
        <source>Not saved: %1 keeps the other program&apos;s changes.</source>
        <translation>Non enregistré&#xa0;: %1 garde les modifications de l’autre programme.</translation>
    </message>
</context>
<context>
    <name>rolelens::SelfCheckForm</name>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Some</source>
        <translation>Des notions</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <source>Your skills</source>
        <translation>Vos compétences</translation>
    </message>
    <message>
        <source>Rate each skill the roles&apos; articles list: none, some or strong.</source>
        <translation>Évaluez chaque compétence que citent les articles des rôles&#xa0;: aucune, des notions ou solide.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Work you prefer</source>
        <translation>Travail préféré</translation>
    </message>
    <message>
        <source>For each choice, the kind of work you would rather do, if you have a preference.</source>
        <translation>Pour chaque choix, le type de travail que vous préférez faire, si vous avez une préférence.</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Pas de préférence</translation>
    </message>
    <message>
        <source>An answer to: %1</source>
        <translation>Une réponse à&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rolelens::SelfCheckView</name>
    <message>
        <source>C&amp;lear answers</source>
        <translation>Effacer &amp;les réponses</translation>
    </message>
    <message>
        <source>Set every skill back to none and every choice to no preference.</source>
        <translation>Remettre toutes les compétences à «&#xa0;Aucune&#xa0;» et tous les choix à «&#xa0;Pas de préférence&#xa0;».</translation>
    </message>
    <message>
        <source>Save the result as a PDF, Markdown or HTML file.</source>
        <translation>Enregistrer le résultat en fichier PDF, Markdown ou HTML.</translation>
    </message>
    <message>
        <source>Self-check questions</source>
        <translation>Questions de l’auto-évaluation</translation>
    </message>
    <message>
        <source>The skills the catalog&apos;s roles list, to rate, and the kinds of work to choose between.</source>
        <translation>Les compétences que citent les rôles du catalogue, à évaluer, et les types de travail entre lesquels choisir.</translation>
    </message>
    <message>
        <source>Self-check result</source>
        <translation>Résultat de l’auto-évaluation</translation>
    </message>
    <message>
        <source>The roles ranked by overlap with your answers, with the skills to learn and the sources of each.</source>
        <translation>Les rôles classés par recoupement avec vos réponses, avec les compétences à acquérir et les sources de chaque élément.</translation>
    </message>
    <message>
        <source>Save res&amp;ult as…</source>
        <translation>Enregistrer le rés&amp;ultat sous…</translation>
    </message>
</context>
<context>
    <name>rolelens::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Elsewhere in the window</source>
        <translation>Ailleurs dans la fenêtre</translation>
    </message>
    <message>
        <source>Tab moves from part to part of a view, and the arrow keys move within a list, a table or a text. The user guide (%1) says more about the keys of each view.</source>
        <translation>Tab passe d’une partie à l’autre d’une vue, et les touches fléchées se déplacent dans une liste, un tableau ou un texte. Le guide d’utilisation (%1) en dit plus sur les touches de chaque vue.</translation>
    </message>
</context>
<context>
    <name>rolelens::TargetsTable</name>
    <message>
        <source>Realistic targets</source>
        <translation>Objectifs chiffrés réalistes</translation>
    </message>
    <message>
        <source>Measure</source>
        <extracomment>Column title: the metric a target is for.</extracomment>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Your target</source>
        <extracomment>Column title: what a target&apos;s range rests on (a source, an assumption, a benchmark).</extracomment>
        <translation>Votre objectif</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Double-click to enter your own figure for this measure; it is shown beside the published benchmarks and saved with the scenario. &quot;not set&quot; removes it.</source>
        <translation>Double-cliquez pour saisir votre propre valeur pour cet indicateur&#xa0;; elle s’affiche à côté des valeurs de référence publiées et est enregistrée avec le scénario. «&#xa0;non défini&#xa0;» la supprime.</translation>
    </message>
    <message>
        <source>add yours</source>
        <translation>ajouter la vôtre</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Sourced</source>
        <translation>Sourcé</translation>
    </message>
    <message>
        <source>Agree a baseline</source>
        <translation>Niveau de départ à convenir</translation>
    </message>
    <message>
        <source>Benchmarks below</source>
        <translation>Références ci-dessous</translation>
    </message>
    <message>
        <source>The sources give no range for this measure: agree a target with the hire, and compare with the published figures below.</source>
        <translation>Les sources ne donnent aucune fourchette pour cet indicateur&#xa0;: convenez d’un objectif chiffré avec la personne recrutée, et comparez avec les chiffres publiés ci-dessous.</translation>
    </message>
    <message>
        <source>Published benchmark</source>
        <translation>Valeur de référence publiée</translation>
    </message>
    <message>
        <source>The role&apos;s main measures, each with what is realistic after a few months, what that rests on and your target; double-click &quot;add yours&quot; to enter a figure of your own.</source>
        <translation>Les principaux indicateurs du rôle, chacun avec ce qui est réaliste au bout de quelques mois, ce sur quoi cela repose et votre objectif&#xa0;; double-cliquez sur «&#xa0;ajouter la vôtre&#xa0;» pour saisir un chiffre à vous.</translation>
    </message>
</context>
<context>
    <name>rolelens::UserGuide</name>
    <message>
        <source>RoleLens user guide</source>
        <translation>Guide d’utilisation de RoleLens</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
</context>
</TS>
