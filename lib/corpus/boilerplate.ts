/**
 * Phrase rules for boilerplate: what one unit of text says about itself, in several languages.
 * These only look at a unit's own text; where a unit stands in the article (head, tail, after a
 * "related" heading, after the closing byline) is judged in `classify.ts`.
 *
 * Reasons are machine-readable codes that end up in the build report.
 */

/** Why a unit was dropped. */
export type DropReason =
  | 'date-header'
  | 'share-prompt'
  | 'newsletter'
  | 'related-links'
  | 'section-list'
  | 'caption-other-language'
  | 'other-language'
  | 'placeholder'
  | 'advertisement'
  | 'comment-prompt'
  | 'site-header'
  | 'byline'
  | 'source-line'
  | 'photo-credit'
  | 'after-article-end';

/** What each drop reason means, for reports. */
export const DROP_REASONS: Readonly<Record<DropReason, string>> = {
  'date-header': 'the `date YYYY-MM` header (used as the date)',
  'share-prompt': '"share this" prompt or share buttons',
  newsletter: 'newsletter sign-up text',
  'related-links': 'a "related / read also / same category" heading, teaser or linked headline',
  'section-list': "section names of the site's menu or footer",
  'caption-other-language': 'photo caption in another language than the article',
  'other-language': 'short line in another language before or after the article',
  placeholder: 'CMS placeholder such as [annonse_2]',
  advertisement: 'advertisement label',
  'comment-prompt': 'comment count or invitation to comment',
  'site-header': "the site's own name at the top",
  byline: 'byline, agency signature or dateline (used for source and date)',
  'source-line': '"Kilde:/Source:/Quelle:" line (used for source and URL)',
  'photo-credit': 'photo credit or "Screenshot" label',
  'after-article-end': 'text after the end of the article (signature, source line or comments)',
};

/** Whitespace (NBSP included) collapsed, ends trimmed: the form phrase rules match against. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Ends like a sentence: . ! ? … optionally followed by closing quotes or brackets. */
export const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;

export function wordCount(text: string): number {
  return normalizeSpace(text)
    .split(' ')
    .filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** "Share this" prompts, and lines made only of share-button labels. */
const SHARE_PROMPT =
  /^(?:teilen sie (?:dies|diesen artikel|den artikel|das)|(?:diesen )?artikel teilen|teilen|share(?: this)?(?: article| story| post| page)?(?: on)?|del(?: artiklen| artikel| artikkelen| denne artikkelen| denne artikel| dette| på)?|dela(?: artikeln| detta)?|jaa(?: artikkeli)?|udostępnij(?: artykuł)?|partager(?: cet article)?|compartir(?: (?:este )?artículo| esta noticia)?|condividi(?: articolo)?|deel(?: dit artikel| dit)?|sdílet|zdieľať|поделиться|поділитися|chia sẻ(?: bài viết)?)\s*[:.!]?$/iu;
/** "Share on Facebook", "Del på X", "Kopier lenke": one share button per line. */
const SHARE_BUTTON_LINE =
  /^(?:(?:share|del|dela|teilen|jaa|partager|compartir|condividi|deel|udostępnij|sdílet)\s+(?:on|på|auf|sur|en|su|op|na|w)\s+(?:facebook|x|twitter|linkedin|whatsapp|telegram|e-?mail|messenger|reddit|bluesky|threads|mail)|(?:copy|kopier|kopiér|kopiera|kopioi|kopiuj|copier|copiar|copia|kopieer|link kopieren)\s*(?:the\s+)?(?:link|lenke|lenken|linket|länk|länken|linkki|link|lien|enlace|collegamento)?|link kopieren)$/iu;
const SHARE_BUTTONS =
  /^(?:(?:facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail|messenger|reddit|pinterest|print|copy link|kopier link|link kopieren|bluesky|threads)\s*[,|·•/]?\s*){2,}$/iu;

/** "Comments (0)", "Leave a comment…", "Log in to comment". */
const COMMENT_COUNT =
  /^(?:kommentar(?:er|e)?|comments?|kommentti(?:a)?|kommentit|komentarz(?:e|y)?|commentaires?|comentarios?|commenti|reacties?|reaktioner|bình luận|коментарі|комментарии)\s*(?:\(\s*\d+\s*\)|:?\s*\d+)?$/iu;
const COMMENT_INVITE =
  /^(?:legg igjen|skriv|efterlad|lämna|leave|write|post|add|hinterlassen sie|hinterlasse|schreiben sie|schreibe|jätä|zostaw|napisz|laissez|deja|dejar|lascia|laat)\s.{0,40}\b(?:kommentar|comment|kommentti|komentarz|commentaire|comentario|commento|reactie)/iu;
const COMMENT_LOGIN =
  /\b(?:log(?:g)? (?:ind|inn|in) (?:for at|for å|to) (?:kommentere|comment)|melden sie sich an,? um zu kommentieren|sign in to comment|be the first to comment|bliv den første til at kommentere|bli den første til å kommentere|var först med att kommentera)\b/iu;

/** Newsletter words, sign-up words and mail words; see {@link isNewsletter}. */
const NEWSLETTER_WORD =
  /(?:newsletter|nyhedsbrev|nyhetsbrev|uutiskirje|nieuwsbrief|infolettre|lettre d'information|boletín|biuletyn|zpravodaj|bản tin)/iu;
const SIGNUP_WORD =
  /(?:tilmeld|afmeld|abonn[eé]r|subscri|sign(?:ed|ing)? up|anmeld|abmeld|registrier|påmeld|prenumer|tilaa|zapisz|inscri|suscri|iscriviti|aanmeld|đăng ký)/iu;
const MAIL_WORD =
  /(?:\be-?mail|\bmail(?:adresse|address)?\b|inbox|indbakke|innboks|posteingang|\bklik(?:ke)? her\b|\bclick here\b|\bhier klicken\b|\S+@\S+\.\w{2,})/iu;

/** Newsletter sign-up text: a newsletter and signing up or mail, or signing up and mail (or right after such text). */
export function isNewsletter(text: string, previousWasNewsletter: boolean): boolean {
  if (text.length > 800) return false;
  const signup = SIGNUP_WORD.test(text);
  const mail = MAIL_WORD.test(text);
  // A newsletter word alone could be news about a newsletter; sign-up text also asks or mails.
  if (NEWSLETTER_WORD.test(text)) return signup || mail;
  return signup && (mail || previousWasNewsletter);
}

/** Headings that open a list of links to other articles ("I samme emne", "Read more"). */
const RELATED_HEADING =
  /^(?:i samme (?:emne|kategori|serie|sektion)|av samme (?:forfatter|skribent)|af samme (?:forfatter|journalist|skribent)|fra samme (?:forfatter|skribent)|relaterede? (?:artikler|nyheder|historier)|relaterte (?:artikler|saker|nyheter)|relaterade artiklar|läs (?:också|mer|även)|læs (?:også|mere)|les (?:også|mer)|mere om(?: emnet)?|mer om(?: saken)?|flere (?:nyheder|nyheter|artikler|historier)|mest (?:læste|lest|lästa|delte|sete)|related(?: articles| stories| news| content| posts| topics)?|read (?:more|also|next)|see also|more (?:stories|news|from (?:this|the) (?:author|section|site))|more on this (?:story|topic)|more about this (?:story|topic)|most (?:read|popular|viewed|shared)|you (?:may|might) also (?:like|be interested in)|recommended(?: for you| articles)?|in the same (?:category|topic|series)|by the same author|(?:das|dies) könnte sie auch interessieren|mehr (?:zum thema|dazu|lesen|nachrichten|aus dem ressort|vom autor|von der autorin)|lesen sie (?:auch|mehr|weiter)|auch interessant|weitere (?:artikel|nachrichten|meldungen|themen)|meistgelesen|ähnliche artikel|vo[nm] (?:gleichen|selben|demselben) autor|lue (?:myös|lisää)|aiheeseen liittyvät|luetuimmat|czytaj (?:też|także|więcej|również)|zobacz (?:też|także|również)|podobne artykuły|najczęściej czytane|lees (?:ook|meer)|gerelateerde artikelen|meest gelezen|lire aussi|à lire aussi|sur le même sujet|dans la même catégorie|du même auteur|les plus lus|leer más|lea también|noticias relacionadas|lo más leído|leggi anche|potrebbe interessarti|i più letti|cùng chuyên mục|tin liên quan|đọc thêm|tin cùng chuyên mục|читайте також|читайте также)\s*[:.…]?$/iu;

/**
 * "Same topic / same category / same author" headings of translated news portals, in the form
 * "<same> <thing>" with an optional "in the", in many languages.
 */
const SAME_HEADING =
  /^(?:(?:i|in|im|in der|in the|dans la|dans le|du|de la|nella|nello|w tej|w tym|från|fra|af|av|von|by|from|del|della|van|z)\s+)?(?:the\s+)?(?:same|samme|samma|gleiche[rsn]?|selben|demselben|même|mismo|misma|stesso|stessa|hetzelfde|dezelfde|ten sam|ta sama|tego samego|sama|samaa|samasta)\s+(?:emne|kategori|forfatter|skribent|journalist|topic|category|author|writer|section|thema|kategorie|autor|rubrik|ämne|författare|sujet|catégorie|auteur|rubrique|tema|categoría|argomento|categoria|autore|onderwerp|categorie|temat|kategoria|kategorii|autora|aihe|aiheesta|kategoria|kirjoittajalta)\s*[:.…]?$/iu;

/** A teaser unit: "Read also: <headline>" or a "stay informed" promo, on one line. */
const TEASER =
  /^(?:bleiben sie informiert\b|lesen sie (?:auch|mehr|weiter)?\s*[:\-–]|mehr zum thema\s*:|auch interessant\s*:|læs (?:også|mere)\s*:|les (?:også|mer)\s*:|läs (?:också|mer|även)\s*:|read (?:more|also|next)\s*:|see also\s*:|related\s*:|czytaj (?:też|także|więcej|również)\s*:|zobacz (?:też|także)\s*:|lue myös\s*:|lees ook\s*:|lire aussi\s*:|à lire aussi\s*:|leggi anche\s*:|lea también\s*:|đọc thêm\s*:|читайте (?:також|также)\s*:)/iu;

/** Bracketed placeholders left by a CMS export: `[annonse_2]`, `{{ad}}`, `<!-- … -->`. */
const PLACEHOLDER = /^(?:\[[^\]\n]{1,40}\]|\{\{[^}\n]{1,40}\}\}|<!--.*-->|%%[^%\n]{1,40}%%)$/u;

/** Ad labels standing alone on a line. */
const ADVERTISEMENT =
  /^(?:annonce|annonse|annons|anzeige|advertisement|advertising|ad|reklame|reklam|werbung|mainos|reklama|publicité|publicidad|pubblicità|advertentie|sponsored|sponsoreret|sponset|gesponsert|quảng cáo|реклама)$/iu;

/** "The article continues below the ad" and ad-end markers. */
const AD_CONTINUES =
  /^(?:artiklen fortsætter (?:under|efter) (?:annoncen|reklamen)|annonce slut|artikkelen fortsetter (?:under|etter) (?:annonsen|reklamen)|annonse slutt|artikeln fortsätter (?:under|efter) (?:annonsen|reklamen)|(?:der )?artikel (?:wird )?(?:unter|nach) der (?:anzeige|werbung) (?:fortgesetzt|weiter)|weiterlesen nach der (?:anzeige|werbung)|(?:the )?(?:article|story) continues (?:below|after) (?:the )?(?:advertisement|ad)|advertisement - scroll to continue|skip advertisement|l'article continue (?:sous|après) (?:la publicité|cette publicité)|artykuł (?:jest kontynuowany|kontynuowany) (?:pod|poniżej) reklam[aą]|artikkeli jatkuu mainoksen (?:alla|jälkeen))\.?$/iu;

/** Photo credits and screenshot labels standing alone ("Screenshot", "Foto: Getty Images"). */
const PHOTO_CREDIT =
  /^(?:screenshot|skærmbillede|skjermbilde|skjermdump|skärmdump|bildschirmfoto|kuvakaappaus|zrzut ekranu|(?:foto|fotos|photo|photos|bild|bilder|billede|bilde|kuva|zdjęcie|picture|image|illustration|grafik|grafikk|ảnh)(?:\s*[:©/]\s*.{0,60})?|©\s*.{0,60}|(?:foto|photo|bild|kuva|zdjęcie|ảnh)\s+\d{1,2}\.?)$/iu;

/** A caption marker at the end of a unit: "- Ảnh 1.", "(Photo 2)", "Foto: X". */
export const CAPTION_MARKER =
  /(?:[-–—(]\s*(?:ảnh|photo|foto|bild|billede|bilde|kuva|zdjęcie|image|picture|фото)\s*\d*\)?\.?$|\b(?:ảnh|photo|foto|bild|kuva|zdjęcie|фото)\s*:\s*[^.]{1,60}\.?$)/iu;

/** Lines giving the article's origin: "Kilde: https://…", "Source: Reuters", "Quelle: dpa". */
export const SOURCE_LINE =
  /^(?:kilde|kilder|källa|källor|quelle|quellen|source|sources|lähde|lähteet|źródło|fonte|fuente|bron|nguồn|zdroj|джерело|источник)\s*:\s*(.{1,300})$/iu;

/**
 * Phrase-only verdict on one unit: the drop reason its own words give, or null.
 * `previousWasNewsletter` lets the tail of a sign-up box ("…and your sign-up was not registered")
 * be recognised after its first sentence named the newsletter.
 */
export function phraseReason(rawText: string, previousWasNewsletter = false): DropReason | null {
  const text = normalizeSpace(rawText);
  if (text.length <= 60 && PLACEHOLDER.test(text)) return 'placeholder';
  if ((text.length <= 30 && ADVERTISEMENT.test(text)) || (text.length <= 90 && AD_CONTINUES.test(text)))
    return 'advertisement';
  if (text.length <= 60 && (SHARE_PROMPT.test(text) || SHARE_BUTTONS.test(text) || SHARE_BUTTON_LINE.test(text))) {
    return 'share-prompt';
  }
  if (text.length <= 40 && COMMENT_COUNT.test(text)) return 'comment-prompt';
  if (text.length <= 160 && (COMMENT_INVITE.test(text) || COMMENT_LOGIN.test(text))) return 'comment-prompt';
  if (text.length <= 80 && PHOTO_CREDIT.test(text)) return 'photo-credit';
  if (text.length <= 80 && (RELATED_HEADING.test(text) || SAME_HEADING.test(text))) return 'related-links';
  if (text.length <= 300 && TEASER.test(text)) return 'related-links';
  if (isNewsletter(text, previousWasNewsletter)) return 'newsletter';
  if (isMenuLine(text)) return 'section-list';
  return null;
}

/** A site menu on one line: three or more short labels separated by `|`, `•`, `·` or `»`. */
export function isMenuLine(text: string): boolean {
  const parts = text.split(/\s*[|•·»]\s*/u).filter(Boolean);
  return (
    parts.length >= 3 && parts.every((part) => part.length <= 25 && wordCount(part) <= 3 && !SENTENCE_END.test(part))
  );
}

/** True when the unit is a heading that opens a list of links to other articles. */
export function isRelatedHeading(rawText: string): boolean {
  const text = normalizeSpace(rawText);
  return text.length <= 80 && (RELATED_HEADING.test(text) || SAME_HEADING.test(text));
}

/** A short label: a section name in a site's menu or footer ("Lokalt", "Det politiske systemet"). */
export function isShortLabel(rawText: string): boolean {
  const text = normalizeSpace(rawText);
  return text.length <= 32 && wordCount(text) <= 4 && !SENTENCE_END.test(text) && !/[,;:]/.test(text);
}

/** Looks like a headline in a list of links: short, one sentence at most. */
export function isHeadlineLike(rawText: string): boolean {
  const text = normalizeSpace(rawText);
  if (text.length > 160) return false;
  const innerSentenceEnds = text.slice(0, -1).match(/[.!?](?=\s+\p{Lu})/gu)?.length ?? 0;
  return innerSentenceEnds === 0;
}

/**
 * Looks like a paragraph of running text: long enough and ending like a sentence, or made of
 * several sentences. Marks where the article body begins and ends.
 */
export function isBodyParagraph(rawText: string): boolean {
  const text = normalizeSpace(rawText);
  if (text.length >= 100 && SENTENCE_END.test(text) && wordCount(text) >= 12) return true;
  const sentences = text.match(/[.!?…]["'”’»]?(?=\s+["'„“«»]?\p{Lu}|$)/gu)?.length ?? 0;
  return sentences >= 2 && wordCount(text) >= 12;
}

/**
 * Running text in the loose sense: a sentence of some length. The last such unit ends the body;
 * a short closing paragraph ("Mødet varede to timer.") still belongs to the article.
 */
export function isRunningText(rawText: string): boolean {
  const text = normalizeSpace(rawText);
  return text.length >= 50 && wordCount(text) >= 8 && SENTENCE_END.test(text);
}

/** A domain name as sites print their own (`Vietnam.vn`, `avisen.dk`), not an e-mail address. */
export const DOMAIN = /(?<![@\w.-])(?:[\p{L}\d-]{2,}\.)+(?:[a-z]{2,6})(?![\w@-])/u;
