export interface HtmlMetadata {
  title?: string;
  outlet?: string;
  author?: string;
  url?: string;
  publishedAt?: string;
  language?: string;
}

interface DocLike {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  querySelectorAll(selector: string): ArrayLike<{ textContent: string | null }>;
  documentElement: { getAttribute(name: string): string | null } | null;
}

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Review|Background)?(?:NewsArticle|Article|BlogPosting|Report)$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v.trim() : undefined);

function nameOf(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(", ") : undefined;
  }
  return str(value) ?? (isObject(value) ? str(value.name) : undefined);
}

function jsonLdArticles(doc: DocLike): Json[] {
  const found: Json[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isObject(node)) return;
    const types = ([] as unknown[]).concat(node["@type"]).filter((t): t is string => typeof t === "string");
    if (types.some((t) => ARTICLE_TYPES.test(t))) found.push(node);
    if (node["@graph"]) visit(node["@graph"]);
  };
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    try {
      visit(JSON.parse(scripts[i]!.textContent ?? ""));
    } catch {
      // a page's broken JSON-LD is its own problem; the other sources of metadata still count
    }
  }
  return found;
}

/** The text of the page's heading when it has exactly one <h1>. */
function onlyHeading(doc: DocLike): string | undefined {
  const headings = doc.querySelectorAll("h1");
  return headings.length === 1 ? str(headings[0]?.textContent?.replace(/\s+/g, " ")) : undefined;
}

/**
 * A <title> usually carries the site's name ("Talks end | Example News"): without it, it is the
 * headline. When no site name splits off, the page's one <h1> is the headline if the title holds
 * it; a lone <h1> that the title does not contain is as likely the site's logo.
 */
function headlineOf(page: { title?: string; site?: string }, heading: string | undefined): string | undefined {
  if (page.site || !heading) return page.title ?? heading;
  return !page.title || page.title.includes(heading) ? heading : page.title;
}

/** "Talks end in Minsk | Example News" → the headline and the site, when the part after the last separator is a short name. */
function splitSiteName(title: string | undefined): { title?: string; site?: string } {
  const m = title?.match(/^(.{10,}?)\s+[|–—-]\s+([^|–—-]{2,40})$/);
  if (!m || m[2]!.trim().split(/\s+/).length > 4) return { title };
  return { title: m[1]!.trim(), site: m[2]!.trim() };
}

/** Metadata a page states about itself: JSON-LD NewsArticle, then Open Graph and article:* tags, then plain meta tags. */
export function readHtmlMetadata(doc: DocLike): HtmlMetadata {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const value = str(
        doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)?.getAttribute("content"),
      );
      if (value) return value;
    }
    return undefined;
  };
  const ld = jsonLdArticles(doc)[0] ?? {};
  const authorMeta = meta("author", "article:author", "parsely-author", "sailthru.author", "dc.creator");
  const page = splitSiteName(str(doc.querySelector("title")?.textContent));
  return {
    title: str(ld.headline) ?? meta("og:title", "twitter:title", "dc.title") ?? headlineOf(page, onlyHeading(doc)),
    outlet: nameOf(ld.publisher) ?? meta("og:site_name", "application-name", "publisher") ?? page.site,
    // article:author is often a profile URL, which is no name
    author: nameOf(ld.author) ?? (authorMeta && !/^https?:/i.test(authorMeta) ? authorMeta : undefined),
    url: str(ld.url) ?? meta("og:url") ?? str(doc.querySelector('link[rel="canonical"]')?.getAttribute("href")),
    publishedAt:
      str(ld.datePublished) ??
      meta("article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date", "dcterms.created"),
    language: str(ld.inLanguage) ?? str(doc.documentElement?.getAttribute("lang")) ?? meta("og:locale", "language", "dc.language"),
  };
}
