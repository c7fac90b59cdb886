#!/usr/bin/env python3
"""Split the five seed articles into numbered sentences and match every catalog
citation quote against them.  Read-only with respect to /work/main.

Outputs (in /work/notes/):
  sentences.json        {article: [{"id","line","text","skip"}...]}
  citations.json        every citation in the catalog with its JSON path and verbatim status
  quote-matches.txt     human-readable: per sentence, the catalog paths quoting it
"""
import json, glob, os, re

SEEDS = '/work/shared/seeds'
CAT = '/work/main/resources/catalog'
OUT = '/work/notes'

SOURCE_TO_ARTICLE = {
    'article-influencers-vs-managers': '000',
    'article-five-differences': '001',
    'article-manager-vs-marketer': '002',
    'article-smm-not-cm': '003',
    'article-behind-the-scenes': '004',
}

# Lines that are navigation, duplicated headlines, publisher blurb, ebook plug,
# comment-form boilerplate, or bare section headings: not claim-bearing.
BOILER_EXACT = {'social media influencer', 'Social media influencer'}
BOILER = [
    'Skip to main content', 'Popular posts from this blog', 'Are There Virtual Assistants in Nairobi?',
    'Professional PDF Editing Services',
    'Related Article : SEO 2020 Trends That An SEO Manager Should Take Into Account', 'stuff In Post Team', 'Stuff In Post is one of', 'Our platform is a hub',
    'We also publish the latest', 'Leave a Reply', 'Your email address will not be published',
    "If you want to know more about the best Social Media tools",
]

# Individual sentences that carry no claim: article titles, the ebook plug, rhetorical
# section questions inside paragraphs.
SKIP_SENTENCES = {
    'What is A Social Media Manager, And Why Should You Specialize In This Profile?': 'title',
    'Behind the Scenes: What Does a Social Media Manager Really Do?': 'title',
    "If you want to know more about the best Social Media tools, don’t hesitate to download the following ebook:": 'ebook plug',
    'But Then, Social Media And Community Are Not Alike?': 'heading',
    'What is a\u00a0 Social Media Manager?': 'rhetorical question',
    'But to what extent do we really know what a Social Media Manager is and what its functions are?': 'rhetorical question',
    'But what does specializing in Social Media consist of?': 'rhetorical question',
    'How to respond?': 'rhetorical question (part of 003 crisis list)',
    'And understanding those boundaries?': 'rhetorical question (joined to next sentence)',
    # list lead-ins that carry no claim of their own (their list items are numbered)
    'Here’s why:': 'lead-in', 'Here are five key differences between them:': 'lead-in',
    'Their value lies in their ability to:': 'lead-in',
    'The key responsibilities of a social media manager can be summarized as follows:': 'lead-in',
    'On the other hand, the responsibilities of a social media marketer include:': 'lead-in',
    'Skills include:': 'lead-in', 'Key competencies include:': 'lead-in',
    'The work of the SMM within an organization includes the following functions:': 'lead-in',
    'The main differences between the work of both are:': 'lead-in',
    'I hope these 5 points settle the confusion.': 'closing',
    'But here’s where it gets a tad nuanced.': 'transition',
}

def article_files():
    return {os.path.basename(p)[:3]: p for p in sorted(glob.glob(SEEDS + '/*.txt'))}

def is_heading(line):
    s = line.strip()
    if not s:
        return True
    if s.startswith('- ') or s.startswith('•'):
        return False
    if '|' in s:
        return s.startswith('Skill |') or s.startswith('---')
    # a whole line that is a short question is a section heading
    if s.endswith('?') and len(s.split()) <= 8:
        return True
    # no terminal punctuation and short => heading
    return not re.search(r'[.!?:;“"]\s*$', s) and len(s.split()) <= 12

def split_sentences(line):
    s = line.strip()
    s = re.sub(r'^[•\u2022]\s*', '', s)
    if s.startswith('- ') or '|' in s:
        return [s]
    parts = re.split(r'(?<=[.!?])\s+(?=[A-Z“"‘\'(])', s)
    return [p.strip() for p in parts if p.strip()]

def sentences():
    res = {}
    for art, path in article_files().items():
        text = open(path, encoding='utf-8').read()
        out, n = [], 0
        seen_lines = set()
        for ln, line in enumerate(text.split('\n'), 1):
            st = line.strip()
            if not st:
                continue
            skip = None
            if st in BOILER_EXACT or any(st.startswith(b) for b in BOILER):
                skip = 'boilerplate'
            elif st in seen_lines:
                skip = 'duplicate line'
            elif is_heading(st):
                skip = 'heading'
            seen_lines.add(st)
            for sent in split_sentences(st):
                sk = skip or SKIP_SENTENCES.get(sent)
                if sk:
                    out.append({'id': None, 'line': ln, 'text': sent, 'skip': sk})
                    continue
                if skip:
                    out.append({'id': None, 'line': ln, 'text': sent, 'skip': skip})
                else:
                    n += 1
                    out.append({'id': f'{art}-S{n}', 'line': ln, 'text': sent, 'skip': None})
        res[art] = out
    return res

def walk(node, path, ctx, acc):
    """Collect every citation {source, quote?} with its path and the statement text it supports."""
    if isinstance(node, dict):
        text = None
        for k in ('text', 'description', 'view', 'summary', 'reality', 'definition', 'task'):
            if isinstance(node.get(k), str):
                text = node[k]
                break
        ctx2 = dict(ctx)
        if text:
            ctx2['statement'] = text
        if 'id' in node and isinstance(node['id'], str):
            ctx2['ids'] = ctx.get('ids', []) + [node['id']]
        for k, v in node.items():
            if k in ('sources', 'summarySources', 'basis') and isinstance(v, list):
                for i, c in enumerate(v):
                    acc.append({'path': f'{path}.{k}[{i}]', 'source': c.get('source'),
                                'quote': c.get('quote'), 'statement': ctx2.get('statement'),
                                'ids': ctx2.get('ids', [])})
            else:
                walk(v, f'{path}.{k}', ctx2, acc)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            label = v.get('id') if isinstance(v, dict) and isinstance(v.get('id'), str) else \
                    (v.get('metric') if isinstance(v, dict) and isinstance(v.get('metric'), str) else i)
            walk(v, f'{path}[{label}]', ctx, acc)

def norm(s):
    return (s.replace('’', "'").replace('‘', "'").replace('“', '"').replace('”', '"')
             .replace('\u00a0', ' ').lower())

def main():
    sents = sentences()
    arts = {a: open(p, encoding='utf-8').read() for a, p in article_files().items()}
    cits = []
    for f in sorted(glob.glob(CAT + '/*.json')):
        walk(json.load(open(f, encoding='utf-8')), os.path.basename(f) + ':$', {}, cits)
    for c in cits:
        art = SOURCE_TO_ARTICLE.get(c['source'])
        c['article'] = art
        if art is None:
            c['verbatim'] = None
            continue
        q = c['quote'] or ''
        c['verbatim'] = bool(q) and q in arts[art]
        c['in_other_article'] = [a for a, t in arts.items() if a != art and q and q in t]
        if not c['verbatim']:
            c['normalised_match'] = bool(q) and norm(q) in norm(arts[art])
        # which sentences contain (part of) the quote
        hits = []
        qn = q.replace('\u00a0', ' ')
        pieces = [x for x in re.split(r'(?<=[.!?])\s+', qn) if len(x) > 15]
        for s in sents[art]:
            t = s['text'].replace('\u00a0', ' ')
            if s['skip'] == 'heading' or len(t) < 16:
                continue
            if qn and (qn in t or t in qn or any(pc in t for pc in pieces)):
                hits.append(s['id'] or f"skip:{s['skip']}:L{s['line']}")
        c['sentences'] = sorted(set(hits))
    json.dump(sents, open(OUT + '/sentences.json', 'w'), indent=1, ensure_ascii=False)
    json.dump(cits, open(OUT + '/citations.json', 'w'), indent=1, ensure_ascii=False)
    with open(OUT + '/quote-matches.txt', 'w') as fh:
        bad = [c for c in cits if c['article'] and not c['verbatim']]
        fh.write(f'# {len(cits)} citations; {sum(1 for c in cits if c["article"])} cite an article; '
                 f'{len(bad)} NOT verbatim in the cited article\n')
        for c in bad:
            fh.write(f'NOT VERBATIM  {c["path"]}  [{c["source"]}]  {c["quote"]!r}  '
                     f'normalised={c.get("normalised_match")} other={c.get("in_other_article")}\n')
        for art, lst in sents.items():
            fh.write(f'\n===== {art}\n')
            for s in lst:
                if s['skip']:
                    fh.write(f'   ({s["skip"]}) L{s["line"]}: {s["text"][:100]}\n')
                    continue
                fh.write(f'{s["id"]} L{s["line"]}: {s["text"]}\n')
                for c in cits:
                    if s['id'] in c.get('sentences', []):
                        fh.write(f'      <- {c["path"]}  q={c["quote"][:70]!r}\n')
    print(open(OUT + '/quote-matches.txt').read()[:3000])

if __name__ == '__main__':
    main()
