package extract

import (
	"regexp"
	"strings"
	"unicode"
)

// This file holds the vocabulary of web furniture that any news site uses:
// comment forms, newsletter boxes, share bars, teasers of other stories,
// author boxes, reading-time labels, photo credits and cookie notices. The
// rules look at the shape of a whole line; none knows any article.

// lineKind classifies a line of scraped text.
type lineKind int

const (
	kindText           lineKind = iota
	kindBlank                   // empty or whitespace
	kindJunk                    // furniture to drop: widgets, share bars, form labels, credits
	kindCommentsHead            // the start of a comment section: everything after is not article
	kindTeaserHead              // "Related", "The Latest", "Read more": teasers of other stories follow
	kindNewsletterHead          // a newsletter or subscription box
	kindAuthorBox               // an author box ("About the author", "Profile picture of ...")
)

var (
	// Font-size controls of news and blog templates: the "A+ A-" / "A- A A+"
	// buttons of text-resizer widgets (WordPress font-resizer plugins, many
	// news themes) and their "Text size" / "Increase font" labels.
	reFontWidget = regexp.MustCompile(`^(?i:(?:a\s*[+\-−–]\s*){2,}|(?:text|font)[ -]size.*|(?:increase|decrease|reset) (?:font|text).*)$`)
	// Reading-time labels: Medium's "5 min read" under a post's title, the
	// label WordPress reading-time plugins print ("Reading time: 3 minutes"),
	// and their variants ("2-minute read").
	reReadingTime = regexp.MustCompile(`(?i)\b\d+\s*(?:-\s*)?(?:min|mins|minutes?)\.?\s*(?:read|reading(?: time)?)\b`)
	reReadingOnly = regexp.MustCompile(`^(?i:(?:reading time:?\s*)?\d+\s*(?:-\s*)?(?:min|mins|minutes?)\.?(?:\s*(?:read|reading(?: time)?))?)$`)
	// Lines of punctuation or symbols only (separators, icon fonts).
	rePunctOnly = regexp.MustCompile(`^[\p{P}\p{S}\s]+$`)
	// Share bars: the labels of share buttons (AddToAny, ShareThis and
	// theme share bars) — the networks' names and "Share", "Tweet", "Email",
	// "Print", "Copy link", "Save".
	reShareWords = regexp.MustCompile(`^(?i:share|share this(?: article| story| post| page)?|share on \w+|tweet|e-?mail|print|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|pinterest|messenger|copy(?: the)? link|link copied|save|bookmark|comment|follow us(?: on \w+)?)$`)
	// Comment-form labels and notes: WordPress core's default comment_form()
	// strings ("Post Comment", "Cancel reply", "Your email address will not be
	// published. Required fields are marked *", "Save my name, email, and
	// website…", "You must be logged in to post a comment.") and the generic
	// labels of any web form ("Name *", "Email *", "Website", "Submit").
	reFormLabels = regexp.MustCompile(`^(?i:required|name\s*\*?|e-?mail\s*\*?|website|submit|post comment|cancel reply|send|your (?:name|email)\s*\*?|comment\s*\*|save my name, email, and website in this browser for the next time i comment\.?|your email address will not be published\.?(?:\s*required fields are marked \*)?|required fields are marked \*\.?|notify me of (?:follow-up comments|new posts).*|log in to (?:reply|comment).*|you must be logged in to post a comment\.?)$`)
	// Headings that open a comment section: WordPress's default comment_form()
	// title "Leave a Reply", Blogger's default heading "Post a Comment",
	// Disqus-style "Join the discussion", and counts ("12 Comments").
	reCommentsHead = regexp.MustCompile(`^(?i:(?:\d+\s+)?comments?(?:\s*\(\d+\))?|leave a (?:reply|comment)|post a comment|add (?:a|your) comment|write a comment|join the (?:conversation|discussion)|(?:show|view|load|read) (?:all )?comments|comment policy|reader comments|discussion)\s*:?$`)
	// Headings of lists of other stories: WordPress core's "Latest Posts"
	// block and "Recent Posts" widget (and the shorter "Latest" / "The
	// Latest" of news themes), Jetpack's "Related" posts, "Read more" /
	// "See also" / "Further reading" link lists, and the "Most read",
	// "Trending", "Recommended for you", "Editor's picks" boxes of news
	// sites' sidebars.
	reTeaserHead = regexp.MustCompile(`^(?i:the latest|latest(?: news| stories| articles| posts)?|related(?: articles?| stories| posts| news| content| coverage| topics| reading)?|read (?:more|also|next)|see also|also read|more (?:news|stories|articles|from \S+(?: \S+){0,3}|on this(?: story| topic)?|in \S+(?: \S+){0,2})|recommended(?: for you| stories| articles)?|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|you (?:may|might) (?:also )?(?:like|be interested in)|editor'?s picks|top stories|popular(?: posts| stories)?|in case you missed it|don'?t miss|what to read next|further reading)\s*:?$`)
	// Newsletter and subscription boxes: the sign-up copy of embedded mailing
	// list forms ("Subscribe to our newsletter", "Get our newsletter in your
	// inbox", "Enter your email address", "Stay informed").
	reNewsletter = regexp.MustCompile(`^(?i:newsletters?|subscribe(?: now| today)?|sign up(?: now| today)?|(?:sign up|subscribe) (?:for|to) (?:our|the) .{0,60}|get (?:the latest|our) .{0,60}(?:inbox|e-?mail|newsletter)\.?|(?:enter|your) e-?mail(?: address)?.{0,40}|stay (?:informed|up to date).{0,60})$`)
	// Author boxes: BuddyPress's default avatar alt text "Profile picture of %s"
	// (bp_core_fetch_avatar, also "Profile photo of %s"), which scrapers
	// keep as a line, and the "About the author" / "View all posts by %s"
	// boxes of WordPress themes.
	reAuthorBox = regexp.MustCompile(`^(?i:profile (?:picture|photo|image) of .{1,60}|about the author|author(?:'s)? (?:bio|profile)|more (?:articles|stories|posts) by .{1,60}|view all posts by .{1,60})$`)
	// Byline labels: "By", "Written by", "Posted by", "Author:" before a
	// capitalised name.
	reAuthorLine = regexp.MustCompile(`^(?i:author|written by|posted by|by)[:\s]+(\p{Lu}[\p{L}.'’\- ]{1,60})$`)
	// Photo credits: "Photo: …", "Image credit: …", "Source: …", "Photo by
	// …", and a bare credit to a news photo service — the wires' photo desks
	// (AP, AFP, Reuters, EPA, Anadolu) and Getty Images.
	rePhotoCredit = regexp.MustCompile(`^(?i:(?:photo|image|picture|video|graphic|illustration|file photo)s?(?:\s*credit)?\s*[:：/|]\s*.{0,80}|(?:credit|photo credit|image source|source)\s*:\s*.{0,60}|\(?(?:ap|afp|reuters|getty images|epa|anadolu|afp via getty images)(?: photo)?(?:\s*/\s*[^)]{0,60})?\)?|photo by .{1,60}|image by .{1,60})$`)
	// Site chrome: advertising labels, skip links, menu and search buttons,
	// log-in links, "Back to top", tag and topic lists, relative time
	// stamps ("3 hours ago"), copyright lines.
	reSiteChrome = regexp.MustCompile(`^(?i:advertisement|advert|sponsored(?: content)?|ad|skip to (?:main )?content|menu|search|log ?in|sign ?in|register|close|back to top|scroll to top|listen to (?:this )?article|print this (?:article|page)|loading\.*|click here(?: to .{0,60})?|tags?\s*:.{0,120}|topics?\s*:.{0,120}|filed under\s*:?.{0,120}|updated \d+ (?:minutes?|hours?|days?) ago|\d+ (?:minutes?|hours?|days?) ago|copyright .{0,100}|©.{0,100}|all rights reserved\.?.{0,60})$`)
	// One-line teasers of another story: "Read more: …", "Related: …",
	// "Watch | …".
	reInlineTeaser = regexp.MustCompile(`^(?i:read more|read also|also read|related|see also|more|watch|listen|recommended|opinion|explainer|analysis)\s*[:|»>–-]\s*\S.{0,140}$`)
	// App and social promotions: "Download our app", "Follow us on …",
	// "Join our WhatsApp channel".
	reAppPromo = regexp.MustCompile(`(?i)\bdownload (?:the|our) .{0,60}\bapps?\b|\bfollow us on\b|\bjoin (?:us|our \w+ channel) on\b`)
	// Cookie consent notices (the banners the EU ePrivacy rules brought):
	// a line naming cookies with their use, acceptance or policy.
	reCookie = regexp.MustCompile(`(?i)\bcookies?\b.*\b(?:use|uses|using|accept|consent|policy|settings|preferences|agree)\b|\b(?:accept|agree to|consent to)\b.*\bcookies?\b`)
)

// classify returns the kind of one trimmed line.
func classify(line string) lineKind {
	s := strings.TrimSpace(line)
	if s == "" {
		return kindBlank
	}
	words := wordCount(s)
	if rePunctOnly.MatchString(s) {
		return kindJunk
	}
	if words <= 14 {
		trimmed := strings.TrimRight(s, " :.")
		switch {
		case reCommentsHead.MatchString(trimmed):
			return kindCommentsHead
		case reTeaserHead.MatchString(trimmed):
			return kindTeaserHead
		case reAuthorBox.MatchString(trimmed):
			return kindAuthorBox
		case reNewsletter.MatchString(trimmed):
			return kindNewsletterHead
		case reFontWidget.MatchString(s), reReadingOnly.MatchString(s), reFormLabels.MatchString(s):
			return kindJunk
		case isShareBar(s), reSiteChrome.MatchString(s):
			return kindJunk
		case rePhotoCredit.MatchString(s) && words <= 12:
			return kindJunk
		}
	}
	if words <= 25 && (strings.ContainsAny(s, ":|»>–-") && reInlineTeaser.MatchString(s) && !endsSentence(s) || reAppPromo.MatchString(s)) {
		return kindJunk
	}
	if words <= 60 && strings.Contains(strings.ToLower(s), "cookie") && reCookie.MatchString(s) && cookieish(s) {
		return kindJunk
	}
	return kindText
}

// cookieish reports whether a line that mentions cookies reads like a
// consent notice rather than news about cookies.
func cookieish(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"our website", "this website", "this site", "our site", "browsing", "experience", "privacy policy", "cookie policy", "cookie settings", "accept all", "you agree", "you consent"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// isShareBar reports whether s consists only of share-button words.
func isShareBar(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '·' || r == '•' || r == ',' || r == '/' || r == '\t' })
	if len(parts) == 0 {
		return false
	}
	if len(parts) == 1 {
		return reShareWords.MatchString(strings.TrimSpace(parts[0]))
	}
	for _, p := range parts {
		if !reShareWords.MatchString(strings.TrimSpace(p)) {
			return false
		}
	}
	return true
}

// wordCount counts the words (runs of letters or digits) in s.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}
