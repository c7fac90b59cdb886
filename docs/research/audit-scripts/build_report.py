#!/usr/bin/env python3
"""Build /work/notes/article-audit.md from sentences.json, citations.json (split_and_match.py),
judgments.py and the data below. Every article quote used below is checked to be a verbatim
substring of its article; every 'current' catalog text is read from the catalog itself."""
import json, glob, os, re, sys
sys.path.insert(0, '/work/notes')
from judgments import J

NOTES = '/work/notes'
CAT = '/work/main/resources/catalog'
ART = {os.path.basename(p)[:3]: open(p, encoding='utf-8').read()
       for p in sorted(glob.glob('/work/shared/seeds/*.txt'))}
SRC = {'000': 'article-influencers-vs-managers', '001': 'article-five-differences',
       '002': 'article-manager-vs-marketer', '003': 'article-smm-not-cm',
       '004': 'article-behind-the-scenes'}
FILES = {os.path.basename(p)[:2]: json.load(open(p, encoding='utf-8'))
         for p in sorted(glob.glob(CAT + '/*.json'))}
sents = json.load(open(NOTES + '/sentences.json'))
cits = json.load(open(NOTES + '/citations.json'))

problems = []
def q(art, text):
    """An article quote, checked verbatim."""
    if text not in ART[art]:
        problems.append(f'NOT VERBATIM in {art}: {text!r}')
    return f'{art}: "{text}"'

def cur(f, *path):
    node = FILES[f]
    for p in path:
        if isinstance(p, str) and isinstance(node, list):
            node = next(x for x in node if x.get('id') == p)
        else:
            node = node[p]
    return node

def sid_of(art, text):
    for s in sents[art]:
        if s['id'] and text.replace('\u00a0', ' ') in s['text'].replace('\u00a0', ' '):
            return s['id']
    return '?'

# ------------------------------------------------------------------ locations per sentence
def short(path):
    f, p = path.split(':$.', 1)
    p = re.sub(r'\.(sources|basis)\[\d+\]$', '', p)
    p = re.sub(r'\.summarySources\[\d+\]$', '.summary', p)
    return f'`{f[:2]}:{p}`'
locs = {}
for c in cits:
    for s in c.get('sentences', []):
        locs.setdefault(s, [])
        loc = short(c['path'])
        if loc not in locs[s]:
            locs[s].append(loc)

out = []
w = out.append
STATUS = {'R': 'represented', 'P': '**partial**', 'L': 'left out'}

# ------------------------------------------------------------------ summary
counts = {}
for art in sents:
    ids = [s['id'] for s in sents[art] if s['id']]
    counts[art] = {k: sum(1 for i in ids if J[i][0] == k) for k in 'RPL'}
tot = {k: sum(c[k] for c in counts.values()) for k in 'RPL'}

bad_quotes = [c for c in cits if c['article'] and not c['verbatim']]

w('# Article audit: every claim in the five seed articles checked against the catalog\n')
w('*Research only; nothing under `/work/main` was changed. Audited: the catalog in '
  '`/work/main/resources/catalog/*.json` at commit `' +
  os.popen('git -C /work/main rev-parse --short HEAD').read().strip() +
  '`, plus the advice wording in `core/advisor/rules/*.cpp` where it restates the articles. '
  'Scripts and raw output are in `/work/notes/`: `split_and_match.py` splits the articles and matches quotes '
  '(writes `sentences.json`, `citations.json` and `quote-matches.txt`), `judgments.py` holds the per-sentence verdicts and `build_report.py` writes this file '
  'and checks every quote in it. `scenarios/` has two probe scenarios run through '
  '`build/release/app/rolelens advise`.*\n')
w('Source ids (from `01-sources.json`): 000 = `article-influencers-vs-managers`, 001 = '
  '`article-five-differences`, 002 = `article-manager-vs-marketer`, 003 = `article-smm-not-cm`, '
  '004 = `article-behind-the-scenes`. File prefixes in locations: `02` metrics, `03` social media roles, '
  '`04` adjacent roles, `05` disagreements, `06` advice.\n')
w('## Summary\n')
w('| article | claim sentences | represented | partial | left out |')
w('|---|---|---|---|---|')
for art in sents:
    c = counts[art]
    w(f'| {art} ({SRC[art]}) | {sum(c.values())} | {c["R"]} | {c["P"]} | {c["L"]} |')
w(f'| **all** | **{sum(tot.values())}** | **{tot["R"]}** | **{tot["P"]}** | **{tot["L"]}** |\n')
n_art = sum(1 for c in cits if c['article'])
w(f'* The catalog has {len(cits)} citations, {n_art} of them to articles. **{len(bad_quotes)} article quote is not '
  'verbatim** in its cited article:')
for c in bad_quotes:
    w(f'  * `{c["path"]}` cites {c["source"]} with "{c["quote"]}". The article has U+00A0 '
      'no-break spaces inside this sentence ("a\\u00a0social media manager,\\u00a0they"). '
      'Fix: quote the verbatim part "they take it to mean I am a social media influencer." (Fix 12).')
w('* No catalog quote is cut from boilerplate (navigation, blog footer, publisher blurb, ebook plug).')
w('* Sentences skipped as non-claims: titles, headings, list lead-ins ("Here’s why:"), rhetorical '
  'questions, navigation, "Popular posts from this blog", the Stuff In Post blurb, the comment form, '
  'the ebook plug. The list is in `quote-matches.txt`. List items (002 bullets, 000 task lines) are numbered as claims, '
  'because the catalog cites them one by one.')
w('* Most "left out" sentences are scene-setting, framing or career context (deliberately out). '
  'Those that **should be added** say so in the table. The important ones are 000-S28, 001-S14, 001-S26, 002-S7, '
  '002-S49, 003-S13, 003-S18, 003-S20 and 003-S53.')
w('* Main findings:')
w('  1. The influencer reuses the manager\'s responsibility ids, so the advisor credits an influencer with the brand\'s '
  'content and replies (§5, reproduced with the CLI).')
w('  2. Disagreements missing from `05`: who schedules and publishes; whether the manager executes or only plans; ROI; '
  'website traffic; and 002\'s day-to-day, relationship-building manager (§3).')
w('  3. Hedges are lost where the advisor speaks: `notResponsibleFor` exclusions are shown under '
  '"is not the work of", and `TwoRolesOneHireRule` turns 003\'s "some companies" into "often"/"usually". The same rule applies 002\'s '
  'manager + marketer remark to every pair of roles (§4).')
w('  4. `reportsTo`/`supervises` to the marketing strategist appear in no article and carry no label (§4).\n')

# ------------------------------------------------------------------ per-article tables
w('## 1–2. Sentence-by-sentence, per article\n')
w('Status: **represented**: a catalog statement says it, citing the article with a quote from the sentence. '
  '**partial**: cited or paraphrased, but something is missing, hardened, uncited or credited to the wrong role. '
  '**left out**: no catalog statement quotes it. Locations list where the sentence is quoted '
  '(at most four; the full list is in `quote-matches.txt`).\n')
for art in sents:
    w(f'### {art}: {SRC[art]}\n')
    w('| # | sentence (short) | status | catalog location / what is wrong |')
    w('|---|---|---|---|')
    for s in sents[art]:
        if not s['id']:
            continue
        st, note = J[s['id']]
        text = s['text'].replace('\u00a0', ' ').replace('|', '\\|')
        short_text = text if len(text) <= 90 else text[:87].rstrip() + '…'
        loc = locs.get(s['id'], [])
        locstr = ''
        if st in 'RP' and loc:
            locstr = ', '.join(loc[:4]) + (f' (+{len(loc) - 4} more)' if len(loc) > 4 else '')
        cell = '; '.join(x for x in [locstr, note] if x) or '—'
        w(f'| {s["id"].split("-")[1]} | {short_text} | {STATUS[st]} | {cell} |')
    w('')

# ------------------------------------------------------------------ disagreements
D = [
 ('D1', 'Who schedules and publishes the posts?',
  [q('000', 'Scheduling and Posting: Ensuring a consistent and strategic flow of content across various platforms.'),
   q('004', 'At their core, Social Media Managers are responsible for curating, creating, and publishing content that resonates with audiences.')],
  [q('003', 'the SMM decides which social networks will be promoted, and the CM is in charge of using or scheduling the publication on those networks.')],
  '**No.** Both roles list `content-scheduling`; neither description says it is disputed. `06` task `scheduling` is `handledBy` the manager.'),
 ('D2', 'Does the social media manager execute the strategy, or only plan it?',
  [q('000', 'A social media manager is a professional responsible for developing and implementing a brand’s social media strategy.'),
   q('001', 'social media managers are professionals responsible for creating and executing social media strategies for businesses or individuals.'),
   q('001', 'Their primary focus is on managing and executing effective social media strategies for their clients or employers.')],
  [q('003', 'The SMM plans and designs while the CM executes and manages.'),
   q('003', 'He prepares and plans the network action strategy that will be subsequently carried out by the Community Manager.')],
  '**No.** The manager\'s `dimensions.focus` says "Strategy and its execution" (tag `execution`) with no note, while `notResponsibleFor[5]` gives "Day-to-day execution" to the CM.'),
 ('D3', 'Does the social media manager talk with the community directly?',
  [q('000', 'Community Management: Interacting with followers, responding to comments and messages, and fostering a positive community around the brand.'),
   q('002', 'They are the voice of the company across platforms, ensuring that conversations with audiences remain positive and impactful.'),
   q('004', "They're also the ones engaging with comments, managing direct messages")],
  [q('003', 'The SMM’s relationship with users is impersonal since generally its work is done behind closed doors, while the CM’s relationship with the audience is personal, it is he who stands up to the clients, who interact with them.')],
  '**Yes**: `smm-engages-community-directly`. 002-S7 is not among its quotes; add it.'),
 ('D4', 'Day-to-day interactions and relationship building: the manager (002) or the community manager (003)?',
  [q('002', 'The social media manager primarily cultivates the brand’s online persona, managing day-to-day interactions and community engagement.'),
   q('002', 'Ultimately, they serve as not just content creators but also as relationship builders.')],
  [q('003', 'the CM fosters relationships on social networks with clients and potential clients.'),
   q('003', 'while the SMM only projects the brand to the audience.')],
  '**Partly.** The topic sits under `smm-engages-community-directly`, but neither 002 quote is there. The catalog states both sides as facts: `03:roles[social-media-marketer].notResponsibleFor[0]` gives day-to-day interaction to the manager, `03:roles[social-media-manager].notResponsibleFor[5]` gives it to the CM.'),
 ('D5', 'Who does community management?',
  [q('000', 'Community Management: Interacting with followers, responding to comments and messages, and fostering a positive community around the brand.'),
   q('002', 'A social media manager focuses on building a community around a brand, often serving as the first point of contact for engagement.')],
  [q('003', 'the Community Manager manages the entire online community so that it is lasting, always under the supervision of the Social Media Manager.')],
  '**Partly.** It is folded into `smm-engages-community-directly`, whose position B does not cite 003-S54.'),
 ('D6', 'Is website traffic the manager\'s measure or the marketer\'s?',
  [q('000', 'Their success is measured not just by follower counts, but by engagement rates, website traffic, and ultimately, conversions and sales.'),
   q('000', 'Their primary goals include increasing brand awareness, engaging with the target audience, and driving traffic to the company’s website or physical store.')],
  [q('002', 'social media marketers strategize campaigns designed to inspire action, driving traffic, leads, and conversions through targeted advertising.')],
  '**No.** `conversions-owner` is about conversions. Its position A view names traffic, but no position cites 002 for traffic. The manager has `website-traffic` as primary (weight 3), the marketer as secondary (weight 2).'),
 ('D7', 'Is ROI the manager\'s measure or the marketer\'s?',
  [q('003', 'Also, you must make an analysis from the economic point of view, that is, evaluate the ROI; in this way, you will be able to verify if the investment is profitable or if, on the contrary, you are losing money.'),
   q('003', 'Analyzes and interprets the data they get from the campaigns, drawing conclusions on how these have worked, either through tools of analysis and KPI’s, ROI, or web analytics.')],
  [q('002', 'By focusing on return on investment and conversion rates, they ensure that each campaign contributes directly to the company’s bottom line.')],
  '**No.** ROI is secondary (weight 2) for the manager and primary (weight 3) for the marketer, with no entry showing the two views.'),
 ('D8', 'Content at the core, or strategy over content?',
  [q('004', 'At their core, Social Media Managers are responsible for curating, creating, and publishing content that resonates with audiences.'),
   q('002', 'social media managers handle community engagement and content')],
  [q('001', 'Social media managers are more concerned with the strategic aspects of social media.'),
   q('000', 'Social media managers are strategists and communicators.'),
   q('003', 'In summary, a Social Media Manager investigates, plans and designs the strategies that will be used in social media for a marketing campaign')],
  '**Partly**: `smm-is-strategist`. Position B cites only 002. 004\'s "At their core … content" is missing, and 004 appears only as position C (broader vision).'),
 ('D9', 'Who runs paid advertising and its budget?',
  [q('000', 'Paid Advertising: Managing social media advertising campaigns to reach a broader or more targeted audience.'),
   q('001', 'They plan and implement campaigns, analyze data, manage advertising budgets'),
   q('004', 'even running and monitoring ad campaigns')],
  [q('002', 'Ad Spend Management'),
   q('002', 'social media marketers strategize campaigns designed to inspire action, driving traffic, leads, and conversions through targeted advertising.')],
  '**Yes**: `paid-advertising-owner`. Could add 000-S28 ("Social media managers use strategic content planning, data analysis, and paid advertising to achieve their goals.") and 003-S28 (budget) to position A.'),
 ('D10', 'Who owns crisis management?',
  [q('002', 'Crisis Management and Real-Time Interaction'),
   q('003', 'The SMM must design a plan that can be used on these occasions, and that obviously works.')],
  [q('004', 'Crafting an image on social media is one thing; managing comprehensive media relations, press releases, and crisis management is another.')],
  '**Yes**: `crisis-management-owner`.'),
 ('D11', 'Are conversions and leads the manager\'s measure or the marketer\'s?',
  [q('000', 'Success for social media managers is measured by a range of metrics, including engagement rates, reach, impressions, and conversions, not just follower counts.'),
   q('001', 'While engagement is critical, their success is often measured by metrics such as conversion rates, lead generation, and overall brand awareness.')],
  [q('002', 'Conversion Rates: Percentage of users completing desired actions.'),
   q('002', 'This includes planning, executing, and analyzing paid and organic campaigns designed to engage users and generate leads.')],
  '**Yes**: `conversions-owner`. But position B quotes only the two list lead-ins, not the metric items; add 002-S46.'),
 ('D12', 'Campaign strategy and analytics: the manager\'s or the marketer\'s focus?',
  [q('001', 'They plan and implement campaigns, analyze data, manage advertising budgets, and ensure the brand\'s social media strategy aligns with its overall marketing goals.'),
   q('000', 'Analytics and Reporting: Monitoring social media metrics to gauge the effectiveness of campaigns and strategies, and making data-driven adjustments.')],
  [q('002', 'The primary difference lies in their focus; social media managers handle community engagement and content, while social media marketers focus on campaign strategies and analytics.')],
  '**Yes**: `smm-is-strategist`, positions A and B.'),
 ('D13', 'Is social media marketing the manager\'s focus?',
  [q('001', 'A social media manager primarily focuses on social media marketing.')],
  [q('002', 'In contrast, a social media marketer zeroes in on campaign strategies to achieve specific business objectives.')],
  '**No.** 001-S14 is not cited anywhere. It could join `smm-is-strategist` position A.'),
 ('D14', 'Who listens to the audience and monitors sentiment?',
  [q('002', 'Additionally, staying attuned to the audience’s sentiment is crucial for their work, requiring them to monitor feedback actively across all platforms.')],
  [q('003', 'The work of the CM is bidirectional; that is, it promotes the brand to the audience and, at the same time, listens to the audience and communicates to the brand what is said about it, while the SMM only projects the brand to the audience.')],
  '**Partly.** The 003 quote is in `smm-engages-community-directly` position B, but 002-S13 is not in position A. Both roles list `sentiment-monitoring` without a "Disputed" note.'),
 ('D15', 'Can one person fill two of these roles?',
  [q('002', 'Yes, particularly in smaller businesses, one individual may handle both responsibilities, but larger teams often separate these functions for higher efficiency.')],
  [q('003', 'some companies are looking for a professional who meets both profiles, that is, they are looking for a 2 × 1 and offer lower than acceptable salary.'),
   q('004', "there's this assumption floating around that social media managers are the jack-of-all-trades, wearing every possible hat. Spoiler alert: we don't (and can't) wear them all.")],
  '**Yes**: `one-person-two-roles`. Note that A is about manager + marketer and B about manager + CM. Position A\'s view drops "often". 004 is not a position. The advice rule generalises A to every pair (§4).'),
 ('D16', 'Is the social media manager above the community manager? (tension inside 003)',
  [q('003', 'If we speak in terms of hierarchy within the organization, the SMM is above the CM.')],
  [q('003', 'It is not that the Social is above the community, but it is the guide that indicates what the strategy to carry out and the one that responds to the results of it is.')],
  '**No.** `supervises`/`reportsTo` and both hierarchy texts state "above" without the qualification. A note in the hierarchy texts is enough.'),
 ('D17', 'Handling unhappy customers: the manager\'s plan (003) or another team member (004)? (minor)',
  [q('003', 'what to do when there are unsatisfied customers with valid reasons, trolls, when the customer receives a defective product')],
  [q('004', 'They engage and entertain but for in-depth customer support or issue resolutions? That might require a different team member.')],
  '**No.** Compatible if read as plan vs. doing. A note in `crisis-response-planning` would do; no entry needed.'),
]
w('## 3. Disagreements between articles\n')
w('| # | topic | position A (article: quote) | position B (article: quote) | in `05-disagreements.json`? |')
w('|---|---|---|---|---|')
for did, topic, a, b, have in D:
    A = '<br>'.join(x.replace('|', '\\|') for x in a)
    B = '<br>'.join(x.replace('|', '\\|') for x in b)
    w(f'| {did} | {topic} | {A} | {B} | {have} |')
missing = [d[0] for d in D if d[4].startswith('**No')]
partly = [d[0] for d in D if d[4].startswith('**Partly')]
note_only = ['D16', 'D17']
w(f'\n**Missing from `05`, should be added:** {", ".join(d for d in missing if d not in note_only)}. '
  f'**Missing, but a note in the role text is enough:** {", ".join(note_only)}. '
  f'**Present but one-sided or missing a key quote:** {", ".join(partly)}. '
  'Already right: D3, D9, D10, D11, D12 and D15 (D15 with the hedge problem). '
  'Not disagreements: 001-S13 "aligns with its overall marketing goals" and 004-S11 "shaping a broader, overarching marketing vision" '
  'are compatible (aligning with a vision is not shaping it). 000\'s "not just follower counts" and 002\'s "Audience Growth" '
  'are compatible.\n')

# ------------------------------------------------------------------ unlabelled statements
U = [
 ('03', 'roles[social-media-manager].reportsTo', json.dumps(cur('03', 'roles', 'social-media-manager', 'reportsTo')),
  'No article says the manager reports to a marketing strategist. 004-S12 only says "That expansive view often comes from the wider lens of a marketing strategist." The structural field has no sources, so it shows as a fact ("Reports to: Marketing strategist"). The hierarchy *text* does label its reporting line "(general practice)".'),
 ('03', 'roles[social-media-marketer].reportsTo', json.dumps(cur('03', 'roles', 'social-media-marketer', 'reportsTo')),
  'No article. 002 mentions only "Collaboration with Other Marketing Teams".'),
 ('04', 'roles[marketing-strategist].supervises', json.dumps(cur('04', 'roles', 'marketing-strategist', 'supervises')),
  'General practice, unlabelled in the field (the hierarchy text cites `general-practice`).'),
 ('03', 'roles[social-media-manager].supervises / roles[community-manager].reportsTo', '["community-manager"] / ["social-media-manager"]',
  'Backed by one article (003-S43, S34, S54), which itself qualifies it in S53. Keep, but add the qualification to both hierarchy texts.'),
 ('03', 'roles[social-media-manager].notResponsibleFor[5].task', cur('03', 'roles', 'social-media-manager', 'notResponsibleFor', 5, 'task'),
  'The condition "where a community manager is employed" is the catalog\'s own, not 003\'s. Unlabelled, and one-sided against 002-S6 (D4).'),
 ('03', 'roles[social-media-manager].dimensions.hierarchy.text', cur('03', 'roles', 'social-media-manager', 'dimensions', 'hierarchy', 'text'),
  '"The broader marketing vision comes from a marketing strategist" drops 004\'s "often". The general-practice part is labelled.'),
 ('03', 'roles[social-media-manager].misconceptions[4].reality', cur('03', 'roles', 'social-media-manager', 'misconceptions', 4, 'reality'),
  '"Each of these is a specialism of its own" generalises 004, which says that only of PR ("its own specialized realm"). Website work is "usually" for others, customer service "might require a different team member", admin "probably not".'),
 ('03', 'roles[social-media-manager].dimensions.monetization.text', cur('03', 'roles', 'social-media-manager', 'dimensions', 'monetization', 'text'),
  '"the manager does not earn from the audience" is an inference. Low.'),
 ('03', 'roles[social-media-manager].responsibilities[budget-management].description', cur('03', 'roles', 'social-media-manager', 'responsibilities', 'budget-management', 'description'),
  '"makes sure it is used properly; evaluates the return on investment" is not backed by the quotes given (003-S29 and 003-S38 exist but are not cited).'),
 ('03', 'roles[social-media-manager].responsibilities[trend-monitoring].description', cur('03', 'roles', 'social-media-manager', 'responsibilities', 'trend-monitoring', 'description'),
  '"news, the competition and the clients" is not backed by the quotes given (003-S17 and 003-S30 are not cited).'),
 ('03', 'roles[social-media-manager].responsibilities[crisis-response-planning].description', cur('03', 'roles', 'social-media-manager', 'responsibilities', 'crisis-response-planning', 'description'),
  'The list of occasions comes from 003-S32, which is not cited.'),
 ('03', 'roles[social-media-influencer].notResponsibleFor[2]', cur('03', 'roles', 'social-media-influencer', 'notResponsibleFor', 2, 'task') + ' → social-media-marketer',
  'Labelled general practice, but it takes 002\'s side of D9. 000, 001 and 004 give paid ads to the manager. Low.'),
 ('03', 'roles[social-media-marketer].dimensions.decisionLevel.text', cur('03', 'roles', 'social-media-marketer', 'dimensions', 'decisionLevel', 'text'),
  '"tactical in testing and optimisation" is inferred from the bare list item "A/B Testing Experience". Unlabelled. Low.'),
 ('03', 'skill and responsibility descriptions elaborating bare list items', 'e.g. marketer `skills[advertising-platforms]` "Knows how the platforms\' ad systems target, bid and report."; `skills[ab-testing]`; `skills[data-analysis]`; `responsibilities[growth-strategy]` "Drives measurable growth…" (002-S19, not cited there); manager `skills[working-under-pressure]` "Keeps a clear head when campaigns or crises move fast."',
  'Definitions beyond the article\'s words, with only an article source. Low. Either add `general-practice` or trim to the article\'s words.'),
 ('03', 'roles[community-manager].dimensions.monetization.text', cur('03', 'roles', 'community-manager', 'dimensions', 'monetization', 'text'),
  'The general-practice part is labelled, but the article part drops "some" (003-S4: "some companies are looking for…").'),
 ('04', 'roles[marketing-strategist].responsibilities[marketing-strategy] and [marketing-team-coordination]', 'sources include 001: "ensure the brand\'s social media strategy aligns with its overall marketing goals."',
  'Wrong role: in 001 this is the social media manager\'s work. The strategist content is general practice and should cite only that (plus 004-S12 for the vision).'),
 ('06', 'tasks[community-replies].handledBy', cur('06', 'tasks', 'community-replies', 'handledBy'),
  'Only 003 supports this. 000-S10, 002-S12 and 004-S7 give replies to the manager. For a marketer the advisor says "a community manager does it", which 002 (the manager-vs-marketer article) does not say.'),
 ('06', 'tasks[paid-ads].handledBy', cur('06', 'tasks', 'paid-ads', 'handledBy'),
  'Only 002. Harmless for the manager (who lists `paid-advertising`), but for a CM or influencer three articles would name the manager. Low.'),
 ('06', 'goals[leads-and-sales].needsAdBudget', json.dumps(cur('06', 'goals', 'leads-and-sales', 'needsAdBudget')),
  'The articles never say leads or sales need ad spend (000-S15 lists conversions and sales as the manager\'s measures, with no ads). The AdBudgetRule explanation "Paid campaigns spend money on the platforms on top of the salary; without it, results come from organic work only, and more slowly." is general practice, unlabelled.'),
 ('code', 'core/advisor/rules/TwoRolesOneHireRule.cpp:30-35 (advice note)',
  '"In a small business one person may do both, the articles say, but each role\'s work still takes its own time; one article warns that such 2-in-1 jobs often come with a lower than acceptable salary." / "In a business of this size the articles expect separate people: one article warns that looking for a 2-in-1 professional usually comes with a lower than acceptable salary."',
  'Fires for **any** pair. No article discusses influencer + manager, manager + website manager, and so on; only 002 allows one person, and only for manager + marketer. "often"/"usually" harden 003\'s "some companies". "the articles expect separate people" overstates 002\'s "larger teams often separate these functions". Reproduced: `scenarios/influencer-tasks.rolelens.json` (manager + influencer, small) prints "In a small business one person may do both, the articles say".'),
 ('code', 'core/advisor/rules/TaskScopeRule.cpp:19', '"“%1” is not the work of a %2: a %3 does it." (tr string `\\"%1\\" is not the work of …`)',
  'Flat wording for exclusions the articles hedge ("not typically", "usually", "isn\'t always", "might", "probably"). The explanation shown under it is the `notResponsibleFor[].task` text, so the hedges must at least go there (Fix 5).'),
 ('code', 'core/advisor/rules/FollowerGrowthRule.cpp:36', '"… a %5 typically grows an audience by %6 to %7 a month."',
  'An illustrative assumption stated as typical fact in the message (the explanation line does call it an assumption). Suggest "is assumed to grow (illustrative)".'),
 ('code', 'core/advisor/rules/HorizonRules.cpp:46', '"… the role works campaign by campaign."',
  '000-S33 says influencers are "often more effective as a short-term campaign strategy". Low.'),
]
w('## 4. Statements beyond the articles that are not labelled\n')
w('Labelling is fine across the board for the adjacent roles (`04`; the one exception is the strategist\'s misattributed 001 quote below), the metric definitions (`02`), the `expectedResults`/`audienceGrowth` '
  'assumptions (all cite `illustrative`) and the CM\'s skills and metrics (`general-practice`). The gaps are structural fields '
  '(which cannot carry sources), article-only statements that say more than their quotes, and the advice wording in code. '
  '`06-advice.json` itself has no note fields: the note "one person may do both, the articles say" is the text of '
  '`core/advisor/rules/TwoRolesOneHireRule.cpp`, listed below.\n')
w('| file | JSON path | current value | what is beyond the articles / unlabelled |')
w('|---|---|---|---|')
for f, p, v, why in U:
    v = str(v).replace('|', '\\|')
    w(f'| {f} | `{p}` | {v} | {why} |')
w('')

# ------------------------------------------------------------------ §5 influencer
w('## 5. The influencer\'s responsibilities\n')
w('**What the articles say the influencer does.** Every statement is about the influencer\'s **own** audience and channels, '
  'or about promoting a brand *to that audience*:\n')
for a, t in [
    ('000', 'a social media influencer is an individual who has built a substantial and loyal following by consistently sharing content that resonates with a particular audience.'),
    ('000', 'Reach and Impact: Leveraging their follower base to spread messages and promote products or services.'),
    ('000', 'Engagement: Maintaining high levels of interaction with their followers, leading to strong influence over their followers’ purchasing decisions.'),
    ('000', 'Brands collaborate with influencers to tap into their established networks and influence'),
    ('000', 'Influencers, on the other hand, rely on their personality, personal brand, and direct engagement with their audience.'),
    ('001', 'Influencers primarily focus on creating engaging content for their audience.'),
    ('001', 'They produce videos, photos, or other types of media that resonate with their followers and align with the brands they collaborate with.'),
    ('001', 'They collaborate with brands on a contractual basis but maintain a level of independence in creating and sharing content.'),
    ('001', 'Influencers monetize their online presence through brand partnerships, sponsored content, affiliate marketing, and sometimes by selling their products or services.'),
    ('001', 'In fact, an influencer can hire a social media manager to manage his/her social media accounts.'),
]:
    w(f'* {sid_of(a, t)}: {q(a, t)}')
w('\nNo article has an influencer create content for the brand\'s accounts, publish on them, schedule them, or reply to the brand\'s '
  'comments and messages. Those are the manager\'s in 000-S8/S9/S10, 002-S12 and 004-S5/S7 (or the CM\'s in 003). 001-S8 even has the influencer '
  'hire a manager to run *their own* accounts.\n')
w('**What the catalog does.** `03:roles[social-media-influencer].responsibilities` reuses the manager\'s ids `content-creation` '
  '("Creating content for their own audience") and `community-engagement` ("Engaging with their own followers"). The names are right, '
  'but the advisor matches tasks by id (`RoleLookups::does`), and `06` tasks `content-creation` ("Creating posts, photos and videos") and '
  '`community-replies` ("Replying to comments and messages") are the brand\'s work. Run through `build/release/app/rolelens advise`, '
  '`scenarios/influencer-tasks.rolelens.json` prints:\n')
w('```\n  - Social media influencer (social-media-influencer) (Fit: 53 %)\n    Why: Does 2 of your 3 tasks: Creating posts, photos and videos; Replying to\n      comments and messages. Does not do: Planning and scheduling posts.\n```\n')
w('So the advisor credits an influencer with the brand\'s content and with answering its comments, which no article says. The compare view '
  'also lists both ids as "shared" responsibilities of manager and influencer (`tests/core/compare/ComparisonTest.cpp:72` asserts this).\n')
w('**Separate ids are needed.** `own-channel-content` (content for the influencer\'s own channels and audience, in line with partner brands) '
  'and `follower-engagement` (interaction with their own followers), plus a `notResponsibleFor` entry for the brand\'s accounts '
  '(Fix 1). Keep the shared *dimension* tag `content-creation`: both do create content, and the Focus "overlap" in the comparison is true. '
  'Optionally add a `06` task "Sponsored posts about the brand on the influencer\'s channels" → `sponsored-promotion`, `handledBy: social-media-influencer`, '
  'so that the owner can ask for what an influencer really delivers. Tests that will need updating: `ComparisonTest.cpp:72` (shared `content-creation`) and '
  '`AdvisorAcceptanceTest` `QuickVisibilityForALaunchRanksTheInfluencerFirst` (uses task `content-creation`; with the new ids it should use the sponsored-posts task).\n')

# ------------------------------------------------------------------ fixes
F = [
 ('Influencer reuses the manager\'s ids (credits an influencer with the brand\'s content and replies)',
  '03', 'roles[social-media-influencer].responsibilities[content-creation] and [community-engagement]',
  'ids `content-creation`, `community-engagement`',
  '`{"id": "own-channel-content", "name": "Creating content for their own channels and audience", "description": "Produces videos, photos and other media for their own followers, in line with the brands they collaborate with, keeping a level of independence over what they create and share."}` and `{"id": "follower-engagement", "name": "Engaging with their own followers", …}` (same sources as now). Add `notResponsibleFor`: `{"task": "Creating, publishing and replying on the brand\'s own accounts", "handledBy": "social-media-manager"}`.',
  [q('001', 'Influencers primarily focus on creating engaging content for their audience.'),
   q('001', 'They collaborate with brands on a contractual basis but maintain a level of independence in creating and sharing content.'),
   q('000', 'Engagement: Maintaining high levels of interaction with their followers, leading to strong influence over their followers’ purchasing decisions.'),
   q('001', "social media managers are professionals hired to strategically manage and enhance a brand's online presence."),
   q('000', 'Community Management: Interacting with followers, responding to comments and messages, and fostering a positive community around the brand.')]),
 ('"some companies" hardened; one-person-two-roles applied to every pair',
  'code + 03 + 05', '`core/advisor/rules/TwoRolesOneHireRule.cpp:30-35`; `03:roles[community-manager].dimensions.monetization.text`; `05:disagreements[one-person-two-roles].positions[0].view`',
  'rule: "In a small business one person may do both, the articles say, … such 2-in-1 jobs often come with a lower than acceptable salary." / "…the articles expect separate people: … usually comes with a lower than acceptable salary."; 03: "' + cur('03', 'roles', 'community-manager', 'dimensions', 'monetization', 'text') + '"; 05: "' + cur('05', 'disagreements', 'one-person-two-roles', 'positions', 0, 'view') + '"',
  'rule (only when the pair is manager + marketer): "One article says that, particularly in smaller businesses, one person may handle both the social media manager\'s and the marketer\'s responsibilities; larger teams often separate them." For manager + CM: "One article warns that some companies look for one professional to cover both profiles (a 2 × 1) and offer a lower than acceptable salary." For any other pair: "The articles do not discuss one person doing both; they describe them as different roles." 03: "A salary or contract fees (general practice). One article warns that some companies, looking for one professional to meet both the social media manager and community manager profiles (a \\"2 × 1\\"), offer a lower than acceptable salary." 05: "Manager and marketer: yes, particularly in smaller businesses, though larger teams often separate them for higher efficiency." Add a third position citing 004: "No one person wears every hat."',
  [q('002', 'Yes, particularly in smaller businesses, one individual may handle both responsibilities, but larger teams often separate these functions for higher efficiency.'),
   q('003', 'some companies are looking for a professional who meets both profiles, that is, they are looking for a 2 × 1 and offer lower than acceptable salary.'),
   q('004', "there's this assumption floating around that social media managers are the jack-of-all-trades, wearing every possible hat. Spoiler alert: we don't (and can't) wear them all.")]),
 ('Missing disagreement: who schedules and publishes (D1)',
  '05 + 03', 'new `05:disagreements[who-schedules-and-publishes]`; `03:roles[social-media-manager].responsibilities[content-scheduling].description`',
  '(no entry); "' + cur('03', 'roles', 'social-media-manager', 'responsibilities', 'content-scheduling', 'description') + '"',
  'Entry: topic "Who schedules and publishes the posts?", roles [social-media-manager, community-manager]. Position A "The social media manager schedules, posts and publishes" (000, 004). Position B "The community manager schedules the publication on the networks the social media manager chose" (003). Description: append "Disputed: one article has the community manager schedule the publications on the networks the social media manager chooses."',
  [q('000', 'Scheduling and Posting: Ensuring a consistent and strategic flow of content across various platforms.'),
   q('004', 'At their core, Social Media Managers are responsible for curating, creating, and publishing content that resonates with audiences.'),
   q('003', 'the SMM decides which social networks will be promoted, and the CM is in charge of using or scheduling the publication on those networks.')]),
 ('Missing disagreement: does the manager execute or only plan? (D2)',
  '05 + 03', 'new `05:disagreements[smm-executes-or-plans]`; `03:roles[social-media-manager].dimensions.focus.text`',
  '(no entry); "' + cur('03', 'roles', 'social-media-manager', 'dimensions', 'focus', 'text') + '"',
  'Entry with position A "Develops and also implements/executes the strategy" (000, 001) and position B "Plans and designs; the community manager carries the plan out" (003). Focus text: append "One article instead has the manager plan and design while the community manager executes (see the disagreement)."',
  [q('000', 'A social media manager is a professional responsible for developing and implementing a brand’s social media strategy.'),
   q('001', 'Their primary focus is on managing and executing effective social media strategies for their clients or employers.'),
   q('003', 'He prepares and plans the network action strategy that will be subsequently carried out by the Community Manager.'),
   q('003', 'The SMM plans and designs while the CM executes and manages.')]),
 ('Hedges lost in the manager\'s exclusions (shown as the explanation of "is not the work of")',
  '03', 'roles[social-media-manager].notResponsibleFor[0], [1], [3], [4] `.task`',
  ' / '.join('"' + cur('03', 'roles', 'social-media-manager', 'notResponsibleFor', i, 'task') + '"' for i in (0, 1, 3, 4)),
  '[0] "Not typically: deep website management. The backend tweaks and intricate designs are usually the work of website managers or developers; the manager makes sure content is integrated." [1] "Not always: the broader, overarching marketing vision, which often comes from a marketing strategist." [3] "Not typically: in-depth customer support and issue resolution, which might require a different team member." [4] "Probably not: general admin tasks; the manager\'s focus is the social landscape." Also soften `TaskScopeRule` to "“%1” is usually not the work of a %2; the articles point to a %3."',
  [q('004', "While they're nailing the content game on social platforms, they're not typically diving deep into website management."),
   q('004', "And while they're champions of social strategy, shaping a broader, overarching marketing vision isn't always in their wheelhouse."),
   q('004', 'That might require a different team member.'),
   q('004', "Their focus is laser-sharp on the social landscape, so they're probably not the ones to delegate your general admin tasks to.")]),
 ('Unsourced reporting lines to the marketing strategist',
  '03 + 04', '`03:roles[social-media-manager].reportsTo`, `03:roles[social-media-marketer].reportsTo`, `04:roles[marketing-strategist].supervises`; `03:roles[social-media-manager].dimensions.hierarchy.text`',
  '`["marketing-strategist"]`, `["marketing-strategist"]`, `["social-media-manager","social-media-marketer"]`; "' + cur('03', 'roles', 'social-media-manager', 'dimensions', 'hierarchy', 'text') + '"',
  'Remove the three fields (both ends must agree). The tests that check reporting lines cover only manager→CM (`tests/core/catalog/CatalogContentTest.cpp:218-219` and the CLI test for the CM); none checks the strategist links. Hierarchy text: "Above the community manager in one article, supervising its work while leaving it autonomy; the same article adds that the manager is not so much above the community manager as the guide that sets the strategy and answers for its results. The broader, overarching marketing vision often comes from a marketing strategist. Whom the manager reports to is not in the articles (general practice: the marketing lead in a larger organisation, the owner in a small business)." Add the same qualification to `roles[community-manager].dimensions.hierarchy.text`.',
  [q('003', 'If we speak in terms of hierarchy within the organization, the SMM is above the CM.'),
   q('003', 'It is not that the Social is above the community, but it is the guide that indicates what the strategy to carry out and the one that responds to the results of it is.'),
   q('004', 'That expansive view often comes from the wider lens of a marketing strategist.')]),
 ('Missing disagreements: ROI (D7) and website traffic (D6)',
  '05 + 03', 'new `05:disagreements[roi-owner]` and `[website-traffic-owner]` (or widen `conversions-owner` to "conversions, traffic and ROI"); `03:roles[social-media-manager].metrics[return-on-investment].basis`',
  '(no entries); basis has only 003-S38',
  'ROI entry: A "The social media manager evaluates ROI" (003), B "The marketer focuses on return on investment" (002). Traffic entry: A "Website traffic is a measure of the manager" (000), B "Marketers drive traffic through targeted advertising" (002). Add 003-S18 to the manager\'s ROI basis (still one article, so weight 2 stays).',
  [q('003', 'evaluate the ROI; in this way, you will be able to verify if the investment is profitable or if, on the contrary, you are losing money.'),
   q('003', 'either through tools of analysis and KPI’s, ROI, or web analytics.'),
   q('002', 'By focusing on return on investment and conversion rates, they ensure that each campaign contributes directly to the company’s bottom line.'),
   q('000', 'Their success is measured not just by follower counts, but by engagement rates, website traffic, and ultimately, conversions and sales.'),
   q('002', 'social media marketers strategize campaigns designed to inspire action, driving traffic, leads, and conversions through targeted advertising.')]),
 ('002\'s day-to-day, relationship-building manager missing; the CM exclusion is one-sided (D4, D14)',
  '05 + 03', '`05:disagreements[smm-engages-community-directly].positions[0]` (view + sources); `03:roles[social-media-manager].notResponsibleFor[5].task`; `responsibilities[sentiment-monitoring].description` (manager and CM)',
  '"' + cur('05', 'disagreements', 'smm-engages-community-directly', 'positions', 0, 'view') + '"; "' + cur('03', 'roles', 'social-media-manager', 'notResponsibleFor', 5, 'task') + '"',
  'View: "Yes: the social media manager interacts with followers, replies to comments and direct messages, manages day-to-day interactions as the voice of the company and a relationship builder, monitors sentiment, and is often the first point of contact." Add the four 002 quotes below. Task: "In the one article that separates the two roles: day-to-day execution and the personal conversation with clients (the other articles give day-to-day interactions to the social media manager; see the disagreement)". Sentiment descriptions: append "Disputed: one article has the community manager listen to the audience."',
  [q('002', 'The social media manager primarily cultivates the brand’s online persona, managing day-to-day interactions and community engagement.'),
   q('002', 'They are the voice of the company across platforms, ensuring that conversations with audiences remain positive and impactful.'),
   q('002', 'Ultimately, they serve as not just content creators but also as relationship builders.'),
   q('002', 'Additionally, staying attuned to the audience’s sentiment is crucial for their work, requiring them to monitor feedback actively across all platforms.')]),
 ('Influencer time horizon hardened ("can provide", "often more effective")',
  '03', '`roles[social-media-influencer].dimensions.timeHorizon.text`, `…misconceptions[0].reality`, `…notResponsibleFor[0].task`, `roles[social-media-manager].misconceptions[0].reality`',
  '"' + cur('03', 'roles', 'social-media-influencer', 'dimensions', 'timeHorizon', 'text') + '"; "' + cur('03', 'roles', 'social-media-influencer', 'misconceptions', 0, 'reality') + '"; "' + cur('03', 'roles', 'social-media-manager', 'misconceptions', 0, 'reality') + '"',
  '"Immediate: working with an influencer can provide immediate exposure and credibility, and is often more effective as a short-term campaign strategy than as a long-term solution." / "An influencer can provide immediate exposure and credibility but is often more effective as a short-term campaign than as a long-term solution; a lasting presence is the social media manager\'s long-term work." / "A social media manager builds the brand\'s presence methodically, for long-term growth; expecting the same instant results as from an influencer is a fundamental misunderstanding." / notResponsibleFor[0] task: "Building the brand\'s long-term presence (influencers are often more effective as a short-term campaign than a long-term solution)".',
  [q('000', 'Conversely, working with influencers can provide immediate exposure and credibility but is often more effective as a short-term campaign strategy rather than a long-term solution.'),
   q('000', 'However, expecting a social media manager to deliver the same instant results as an influencer is a fundamental misunderstanding.')]),
 ('004\'s content-at-the-core position (D8) and 001\'s marketing focus (D13) missing',
  '05', '`disagreements[smm-is-strategist].positions[1]` and `[0]`',
  '"' + cur('05', 'disagreements', 'smm-is-strategist', 'positions', 1, 'view') + '"',
  'Position B view: "Content and community at the core: the manager curates, creates and publishes content and handles community engagement; one article gives campaign strategy and analytics to the social media marketer." Add 004-S5. Add 001-S14 to position A.',
  [q('004', 'At their core, Social Media Managers are responsible for curating, creating, and publishing content that resonates with audiences.'),
   q('001', 'A social media manager primarily focuses on social media marketing.')]),
 ('Strategist credited with the manager\'s alignment work',
  '04', '`roles[marketing-strategist].responsibilities[marketing-strategy].sources[1]`, `[marketing-team-coordination].sources[0]`',
  'quote 001: "ensure the brand\'s social media strategy aligns with its overall marketing goals."',
  'Remove that citation from both responsibilities (in 001 it is the manager\'s work). Keep 004-S12 and `general-practice`.',
  [q('004', 'That expansive view often comes from the wider lens of a marketing strategist.')]),
 ('Quote not verbatim (NBSP)',
  '03', '`roles[social-media-manager].misconceptions[1].sources[0].quote`',
  '"Sometimes, when I tell a client that I am a social media manager, they take it to mean I am a social media influencer." (plain spaces)',
  '"they take it to mean I am a social media influencer." Also add 000-S23 as the reason for the belief.',
  [q('001', 'they take it to mean I am a social media influencer.'),
   q('000', 'The confusion between social media managers and influencers stems from the superficial similarity in their use of social media platforms.')]),
 ('Smaller lost hedges',
  '03', '`roles[social-media-influencer].skills[niche-expertise].description`; `roles[social-media-influencer].misconceptions[1].reality`; `roles[social-media-manager].dimensions.employment.text`; `roles[social-media-manager].misconceptions[4].reality`',
  '"' + [x for x in cur('03', 'roles', 'social-media-influencer', 'skills') if x['id'] == 'niche-expertise'][0]['description'] + '"; "' + cur('03', 'roles', 'social-media-influencer', 'misconceptions', 1, 'reality') + '"; "' + cur('03', 'roles', 'social-media-manager', 'dimensions', 'employment', 'text') + '"; "' + cur('03', 'roles', 'social-media-manager', 'misconceptions', 4, 'reality') + '"',
  '"Is often seen as an authority or trendsetter…" / "Influencers are typically self-employed, …" / "Usually employed by businesses, marketing agencies or individuals …" / "Public relations is its own specialised realm; website backends are usually for website managers or developers; in-depth customer support might need a different team member; general admin is probably not for them. Their focus is the social landscape."',
  [q('000', 'Influencers are often seen as authorities or trendsetters within their niche'),
   q('001', 'Influencers are typically self-employed individuals who own and control their personal brand.'),
   q('001', 'Businesses, marketing agencies, or individuals usually employ social media managers to handle their social media activities.'),
   q('004', 'Similarly, public relations is its own specialized realm.')]),
 ('Paraphrased details without their quotes',
  '03', '`roles[social-media-manager].responsibilities[budget-management]`, `[trend-monitoring]`, `[crisis-response-planning]`, `[content-creation]` `.sources`',
  'descriptions mention proper use and ROI / news, competition, clients / unhappy customers, trolls; content-creation cites no 003 sentence',
  'Add the quotes below (no text change).',
  [q('003', 'In addition, it must ensure its proper use.'),
   q('003', 'I also have to control the competition and that of the clients.'),
   q('003', 'you need to be on the lookout for the latest news.'),
   q('003', 'what to do when there are unsatisfied customers with valid reasons, trolls'),
   q('003', 'The SMM creates content to promote the organization'),
   q('003', 'Content is an essential part of any business related to marketing')]),
 ('Replies handled by the CM alone',
  '06', '`tasks[community-replies].handledBy`', '"community-manager"', '"social-media-manager". The CM still lists `community-engagement`, so it still "does" the task.',
  [q('000', 'Community Management: Interacting with followers, responding to comments and messages, and fostering a positive community around the brand.'),
   q('002', 'They are also responsible for real-time engagement, responding to comments, and driving interactions that foster loyalty.'),
   q('004', "They're also the ones engaging with comments, managing direct messages")]),
 ('"overlap" uncited; focus sentences uncited',
  '03', '`roles[social-media-marketer].misconceptions[0].sources`; `roles[social-media-manager].dimensions.focus.sources`',
  '"' + cur('03', 'roles', 'social-media-marketer', 'misconceptions', 0, 'reality') + '"',
  'Add 002-S49 to the marketer misconception; add 000-S28 to the manager\'s focus.',
  [q('002', 'while there is some overlap in the responsibilities of social media managers and marketers'),
   q('000', 'Social media managers use strategic content planning, data analysis, and paid advertising to achieve their goals.')]),
 ('Assumption stated as "typical"; ad-budget claim unlabelled',
  'code', '`core/advisor/rules/FollowerGrowthRule.cpp:36`; `core/advisor/rules/AdBudgetRule.cpp:46`',
  '"a %5 typically grows an audience by %6 to %7 a month"; "Paid campaigns spend money … more slowly."',
  '"a %5 is assumed (illustrative) to grow an audience by %6 to %7 a month"; append `general-practice` to the ad-budget finding\'s sources, or say "(general practice)" in its text.',
  []),
]
w('## 6. Prioritised catalog fixes\n')
w('Each fix gives the file, the JSON path, the current text (read from the catalog) and the proposed text, '
  'with the quotes to cite (all checked verbatim against the articles).\n')
for i, (title, f, path, now, new, quotes) in enumerate(F, 1):
    w(f'### Fix {i}. {title}\n')
    w(f'* **File / path:** {f}: {path}')
    w(f'* **Current:** {now}')
    w(f'* **Proposed:** {new}')
    if quotes:
        w('* **Cite:**')
        for x in quotes:
            art = x[:3]
            w(f'  * `{SRC[art]}` ({x})')
    w('')

open(NOTES + '/article-audit.md', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print('written; problems:', problems or 'none')
print({a: counts[a] for a in counts}, tot)
