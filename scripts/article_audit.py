#!/usr/bin/env python3
"""The article audit: every claim sentence of the five seed articles against the catalog.

docs/article-audit.json holds each claim sentence verbatim, with its status (represented,
partial or left-out), the reason for partial and left-out, and the catalog statements quoting
it. The statuses and reasons are a person's judgement; the sentences and locations are
worked out here, so that they follow the articles and the catalog. This script

  - splits the articles (tests/data/seeds/<source id>.txt) into claim sentences, always the
    same way, so a sentence keeps its number;
  - finds, for each sentence, the catalog statements whose article quote is part of it;
  - refreshes docs/article-audit.json (a sentence new to it is "represented" when quoted,
    else "left-out" with the reason "TODO") and writes docs/article-audit.md from it;
  - lists what a person must look at, and exits with 1: a represented sentence nothing quotes,
    a left-out one something quotes, a missing reason, a quote that belongs to no sentence.

Usage, from the repository root:
  python3 scripts/article_audit.py           refresh the json and the Markdown table
  python3 scripts/article_audit.py --check   change nothing; fail if either file is stale

tests/core/catalog/ArticleAuditTest.cpp checks the same rules on every test run.
"""
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = os.path.join(ROOT, 'tests', 'data', 'seeds')
CATALOG = os.path.join(ROOT, 'resources', 'catalog')
AUDIT_JSON = os.path.join(ROOT, 'docs', 'article-audit.json')
AUDIT_MD = os.path.join(ROOT, 'docs', 'article-audit.md')

# The short numbers the research notes use for the articles.
ARTICLES = [
    ('000', 'article-influencers-vs-managers'),
    ('001', 'article-five-differences'),
    ('002', 'article-manager-vs-marketer'),
    ('003', 'article-smm-not-cm'),
    ('004', 'article-behind-the-scenes'),
]
STATUSES = ('represented', 'partial', 'left-out')
# The part of a quote inside a sentence must be the whole quote, the whole sentence or at
# least this long for the sentence to count as quoted (a quote may run across two sentences).
MIN_SHARED = 20

# Lines that carry no claim: navigation, blog footer, publisher blurb, ebook plug, form.
BOILERPLATE = [
    'Skip to main content', 'Popular posts from this blog',
    'Are There Virtual Assistants in Nairobi?', 'Professional PDF Editing Services',
    'Related Article : SEO 2020 Trends', 'stuff In Post Team', 'Stuff In Post is one of',
    'Our platform is a hub', 'We also publish the latest', 'Leave a Reply',
    'Your email address will not be published',
]
BOILERPLATE_LINES = {'social media influencer', 'Social media influencer'}
# Sentences that carry no claim of their own: titles, list lead-ins (the items are claims),
# rhetorical questions, transitions.
NOT_CLAIMS = {
    'What is A Social Media Manager, And Why Should You Specialize In This Profile?',
    'Behind the Scenes: What Does a Social Media Manager Really Do?',
    'But Then, Social Media And Community Are Not Alike?',
    'What is a\u00a0 Social Media Manager?',
    'But to what extent do we really know what a Social Media Manager is and what its functions are?',
    'But what does specializing in Social Media consist of?',
    'How to respond?',
    'And understanding those boundaries?',
    'Here’s why:', 'Here are five key differences between them:',
    'Their value lies in their ability to:',
    'The key responsibilities of a social media manager can be summarized as follows:',
    'On the other hand, the responsibilities of a social media marketer include:',
    'Skills include:', 'Key competencies include:',
    'The work of the SMM within an organization includes the following functions:',
    'The main differences between the work of both are:',
    'I hope these 5 points settle the confusion.',
    'But here’s where it gets a tad nuanced.',
    'If you want to know more about the best Social Media tools, don’t hesitate to download the '
    'following ebook:',
}


def is_heading(line):
    if line.startswith('- ') or line.startswith('•'):
        return False
    if '|' in line:
        return line.startswith('Skill |') or line.startswith('---')
    if line.endswith('?') and len(line.split()) <= 8:
        return True
    return not re.search(r'[.!?:;“"]\s*$', line) and len(line.split()) <= 12


def split_line(line):
    line = re.sub(r'^[•\u2022]\s*', '', line)
    if line.startswith('- ') or '|' in line:
        return [line]
    parts = re.split(r'(?<=[.!?])\s+(?=[A-Z“"‘\'(])', line)
    return [part.strip() for part in parts if part.strip()]


def claim_sentences(text):
    """The article's claim sentences, in order, each verbatim."""
    sentences, seen = [], set()
    for raw in text.split('\n'):
        line = raw.strip()
        if not line:
            continue
        skip = (line in BOILERPLATE_LINES or any(line.startswith(b) for b in BOILERPLATE)
                or line in seen or is_heading(line))
        seen.add(line)
        if skip:
            continue
        sentences.extend(s for s in split_line(line) if s not in NOT_CLAIMS)
    return sentences


def spans(text, sentences):
    """Where each sentence is in the article, searching on from the one before."""
    found, start = [], 0
    for sentence in sentences:
        at = text.find(sentence, start)
        if at < 0:
            raise SystemExit(f'sentence not in its article: {sentence!r}')
        found.append((at, at + len(sentence)))
        start = at + len(sentence)
    return found


def occurrences(text, quote):
    at = text.find(quote)
    while at >= 0:
        yield at, at + len(quote)
        at = text.find(quote, at + 1)


def shared(quote_span, sentence_span):
    return min(quote_span[1], sentence_span[1]) - max(quote_span[0], sentence_span[0])


def quotes_sentence(quote_span, sentence_span):
    """The quote says (part of) the sentence: see MIN_SHARED."""
    overlap = shared(quote_span, sentence_span)
    return overlap > 0 and (overlap == quote_span[1] - quote_span[0]
                            or overlap == sentence_span[1] - sentence_span[0]
                            or overlap >= MIN_SHARED)


def catalog_citations():
    """Every citation of an article in the catalog: (location, source, quote)."""
    found = []

    def walk(node, path):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ('sources', 'summarySources', 'basis') and isinstance(value, list):
                    where = path + ('.summary' if key == 'summarySources' else '')
                    for citation in value:
                        if citation.get('quote'):
                            found.append((where, citation['source'], citation['quote']))
                else:
                    walk(value, f'{path}.{key}' if path else key)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                label = i
                if isinstance(value, dict):
                    label = value.get('id') or value.get('metric') or i
                walk(value, f'{path}[{label}]')

    for name in sorted(glob.glob(os.path.join(CATALOG, '*.json'))):
        with open(name, encoding='utf-8') as handle:
            data = json.load(handle)
        prefix = os.path.basename(name)[:2] + ':'
        for section in ('metrics', 'roles', 'disagreements', 'goals', 'tasks', 'guidance'):
            if section in data:
                walk(data[section], prefix + section)
    return found


def audit_rows(old):
    """The audit as it stands: sentences from the articles, judgements from `old`."""
    citations = catalog_citations()
    previous = {(a['article'], s['n']): s for a in old.get('articles', []) for s in a['sentences']}
    articles, problems = [], []
    for short, source in ARTICLES:
        with open(os.path.join(SEEDS, source + '.txt'), encoding='utf-8') as handle:
            text = handle.read()
        sentences = claim_sentences(text)
        places = spans(text, sentences)
        quoted_by = [[] for _ in sentences]
        for where, cited, quote in citations:
            if cited != source:
                continue
            belongs = False
            for quote_span in occurrences(text, quote):
                for i, place in enumerate(places):
                    if shared(quote_span, place) > 0:
                        belongs = True
                    if quotes_sentence(quote_span, place) and where not in quoted_by[i]:
                        quoted_by[i].append(where)
            if not belongs:
                problems.append(f'{where}: quote from {source} belongs to no audited sentence: '
                                f'{quote!r}')
        rows = []
        for n, (sentence, locations) in enumerate(zip(sentences, quoted_by), 1):
            before = previous.get((source, n))
            if before and before['sentence'] != sentence:
                problems.append(f'{short}-S{n}: the sentence changed; check its judgement')
            status = before['status'] if before else ('represented' if locations else 'left-out')
            reason = before.get('reason', '') if before else ('' if locations else 'TODO')
            row = {'n': n, 'sentence': sentence, 'status': status}
            if status != 'represented':
                row['reason'] = reason
            row['locations'] = locations
            rows.append(row)
            label = f'{short}-S{n}'
            if status not in STATUSES:
                problems.append(f'{label}: unknown status {status!r}')
            if status == 'represented' and not locations:
                problems.append(f'{label}: represented, but no catalog statement quotes it')
            if status == 'left-out' and locations:
                problems.append(f'{label}: left out, but quoted by {", ".join(locations)}')
            if status != 'represented' and (not reason or reason == 'TODO'):
                problems.append(f'{label}: {status} needs a reason')
        articles.append({'article': source, 'short': short, 'sentences': rows})
    return {'articles': articles}, problems


def as_json(audit):
    document = {
        'about': ('Every claim sentence of the five seed articles (tests/data/seeds), checked '
                  'against the built-in catalog. status: represented (a catalog statement quotes '
                  'it and says it), partial (quoted or paraphrased, but something is missing) or '
                  'left-out (no catalog statement quotes it); reason: why, for partial and '
                  'left-out; locations: the catalog statements quoting it, as '
                  'file-prefix:section[id].field. Refreshed by scripts/article_audit.py; '
                  'docs/article-audit.md is written from it.'),
        **audit,
    }
    text = json.dumps(document, indent=2, ensure_ascii=False) + '\n'
    # No-break spaces are part of the verbatim text; written escaped, so a reader sees them.
    return text.replace('\u00a0', '\\u00a0')


def short_sentence(sentence, width=70):
    sentence = sentence.replace('\u00a0', ' ').replace('|', '\\|')
    return sentence if len(sentence) <= width else sentence[:width - 1].rstrip() + '…'


def as_markdown(audit):
    out = []
    w = out.append
    w('# Article audit')
    w('')
    w('Every claim sentence of the five articles the catalog is built from, and where the '
      'catalog says it, or why it does not. **represented**: a catalog statement says it and '
      'quotes it. **partial**: quoted or paraphrased, but something is missing. **left out**: '
      'no catalog statement quotes it, for the reason given (most are scene-setting or framing '
      'with no claim about a role). Titles, headings, list lead-ins, rhetorical questions and '
      'the blogs\' navigation and footers are not claims and are not listed.')
    w('')
    w('Written by `scripts/article_audit.py` from `article-audit.json`, which holds every '
      'sentence verbatim; `ArticleAuditTest` checks both against the articles and the '
      'catalog. Locations read `file prefix:section[id].field` (`03` social media roles, `04` '
      'adjacent roles, `05` disagreements, `02` metrics, `06` advice and guidance). The working '
      'notes behind the first '
      'audit are in `research/article-audit.md`.')
    w('')
    w('| article | claim sentences | represented | partial | left out |')
    w('|---|---|---|---|---|')
    totals = [0, 0, 0, 0]
    for article in audit['articles']:
        rows = article['sentences']
        counts = [len(rows)] + [sum(1 for r in rows if r['status'] == s) for s in STATUSES]
        totals = [a + b for a, b in zip(totals, counts)]
        w(f'| {article["short"]} `{article["article"]}` | ' + ' | '.join(map(str, counts)) + ' |')
    w('| **all** | ' + ' | '.join(f'**{n}**' for n in totals) + ' |')
    for article in audit['articles']:
        w('')
        w(f'## {article["short"]}: `{article["article"]}`')
        w('')
        w('| # | sentence | status | where in the catalog, or why not |')
        w('|---|---|---|---|')
        for row in article['sentences']:
            locations = [f'`{place}`' for place in row['locations'][:3]]
            if len(row['locations']) > 3:
                locations.append(f'(+{len(row["locations"]) - 3} more)')
            where = ', '.join(locations)
            if row['status'] != 'represented':
                where = row['reason'] + (f' Quoted in {where}.' if where else '')
            status = row['status'].replace('left-out', 'left out')
            where = where.replace('|', '\\|')
            w(f'| S{row["n"]} | {short_sentence(row["sentence"])} | {status} | {where} |')
    return '\n'.join(out) + '\n'


def main():
    check = '--check' in sys.argv[1:]
    old = {}
    if os.path.exists(AUDIT_JSON):
        with open(AUDIT_JSON, encoding='utf-8') as handle:
            old = json.load(handle)
    audit, problems = audit_rows(old)
    outputs = {AUDIT_JSON: as_json(audit), AUDIT_MD: as_markdown(audit)}
    for path, text in outputs.items():
        current = open(path, encoding='utf-8').read() if os.path.exists(path) else None
        if current == text:
            continue
        if check:
            problems.append(f'{os.path.relpath(path, ROOT)} is out of date: run '
                            'python3 scripts/article_audit.py')
        else:
            with open(path, 'w', encoding='utf-8') as handle:
                handle.write(text)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
