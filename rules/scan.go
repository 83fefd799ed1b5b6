package rules

import "strings"

// The time and title rules read a sentence for a few words: a verb in the
// past tense before a date, a word that looks ahead, a weekday. Regular
// expressions did this, and were most of the rules' time; the scanners
// here read the sentence once, word by word, and find what the expressions
// found. The expressions stay, as the tests' reference and for the rare
// text the scanners leave to them (see hasFoldRune).

// wordByte tells the bytes that \b counts as word bytes: [0-9A-Za-z_].
var wordByte = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	}
	return t
}()

// spaceByte tells the bytes \s matches: [\t\n\f\r ].
var spaceByte = func() (t [256]bool) {
	for _, c := range "\t\n\f\r " {
		t[c] = true
	}
	return t
}()

// hasFoldRune reports whether s holds a rune other than an ASCII letter
// that a case-insensitive expression matches as one: the long s (ſ, as s)
// and the Kelvin sign (as k). The scanners fold ASCII only, so they leave
// such text to the expressions.
func hasFoldRune(s string) bool {
	return strings.Contains(s, "\u017f") || strings.Contains(s, "\u212a")
}

// lowerWord is an ASCII word in lower case, kept on the stack: only its
// first len(b) bytes, enough for every word the scanners look for.
type lowerWord struct {
	b  [16]byte
	n  int  // bytes in b
	ok bool // the whole word is in b
}

func lower(w string) lowerWord {
	var l lowerWord
	l.n = min(len(w), len(l.b))
	l.ok = l.n == len(w)
	for i := range l.n {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		l.b[i] = c
	}
	return l
}

// is reports whether the word is s (given in lower case).
func (l *lowerWord) is(s string) bool { return l.ok && string(l.b[:l.n]) == s }

// word returns the whole word in lower case, or "" when it is too long
// to be one the scanners look for.
func (l *lowerWord) word() string {
	if !l.ok {
		return ""
	}
	return string(l.b[:l.n])
}

// hasPrefix reports whether the word starts with p (in lower case).
func (l *lowerWord) hasPrefix(p string) bool {
	return l.n >= len(p) && string(l.b[:len(p)]) == p
}

// wordEnd returns the end of the word (a run of word bytes) starting at i.
func wordEnd(s string, i int) int {
	for i < len(s) && wordByte[s[i]] {
		i++
	}
	return i
}

// looksAhead reports what aheadRE.MatchString(s) reports: whether the
// sentence s looks ahead or speaks of plans, deadlines or ranges.
func looksAhead(s string) bool {
	if hasFoldRune(s) {
		return aheadRE.MatchString(s)
	}
	prevEnd := -1 // end of the previous word
	var prev lowerWord
	for i := 0; i < len(s); {
		if !wordByte[s[i]] {
			i++
			continue
		}
		end := wordEnd(s, i)
		w := lower(s[i:end])
		if aheadWord(&w) || s[i:end] == "may" {
			return true
		}
		if w.is("ll") && (i >= 1 && s[i-1] == '\'' || i >= 3 && s[i-3:i] == "’") {
			return true
		}
		if prevEnd == i-1 && prevEnd >= 0 && s[prevEnd] == ' ' {
			// Two words with one space between: "going to", "set to", "to be".
			switch {
			case w.is("to"):
				if prev.is("going") || prev.is("set") {
					return true
				}
			case prev.is("to"):
				if w.is("be") || w.is("take") || w.is("hold") || w.is("meet") {
					return true
				}
			}
		}
		prev, prevEnd = w, end
		i = end
	}
	return false
}

// aheadWord reports whether the word w (in lower case) is one of
// aheadRE's single words, or starts with one of its stems.
func aheadWord(w *lowerWord) bool {
	switch w.word() {
	case "will", "would", "shall", "could", "might", "should", "must",
		"plan", "plans", "planned", "planning", "slated", "expected", "expects", "due",
		"intend", "intends", "aim", "aims", "hope", "hopes", "upcoming", "until", "till",
		"by", "before", "ahead", "deadline", "through", "moved", "pushed", "extended",
		"effective", "starting", "from", "next", "later", "if", "unless", "when",
		"forecast", "projected", "estimated", "anniversary", "predicted", "warned":
		return true
	}
	return w.hasPrefix("schedul") || w.hasPrefix("reschedul") || w.hasPrefix("postpon") || w.hasPrefix("delay")
}

// pastVerb returns what pastVerbRE.FindStringIndex(s) finds, as the
// offset where the match starts (it always runs to the end of s), and
// false when it finds nothing: a verb in the past tense followed by at
// most three more words before the end.
func pastVerb(s string) (int, bool) {
	if hasFoldRune(s) {
		if m := pastVerbRE.FindStringIndex(s); m != nil {
			return m[0], true
		}
		return 0, false
	}
	// The last five runs of bytes other than space, from the end: the verb
	// ends one of the last four (what follows it is space and at most three
	// such runs), and "took place" may start in the fifth.
	var tok [5][2]int
	n := 0
	for i := len(s); n < len(tok); {
		for i > 0 && spaceByte[s[i-1]] {
			i--
		}
		if i == 0 {
			break
		}
		end := i
		for i > 0 && !spaceByte[s[i-1]] {
			i--
		}
		tok[n] = [2]int{i, end}
		n++
	}
	// The verb is the word that ends its run: a run of word bytes up to
	// the run's end, which \b bounds on both sides.
	lastWord := func(j int) (int, lowerWord) {
		from, end := tok[j][0], tok[j][1]
		i := end
		for i > from && wordByte[s[i-1]] {
			i--
		}
		return i, lower(s[i:end])
	}
	// Leftmost first: the runs further from the end.
	for j := min(n, 4) - 1; j >= 0; j-- {
		if j+1 < n && tok[j+1][1]+1 == tok[j][0] && s[tok[j+1][1]] == ' ' {
			if p := lower(s[tok[j][0]:tok[j][1]]); p.is("place") {
				if i, w := lastWord(j + 1); w.is("took") {
					return i, true
				}
			}
		}
		if i, w := lastWord(j); pastVerbWord(w.word()) {
			return i, true
		}
	}
	return 0, false
}

// pastVerbWord reports whether w (in lower case) is one of pastVerbRE's
// verbs.
func pastVerbWord(w string) bool {
	switch w {
	case "met", "held", "took", "spoke", "said", "told", "died", "was", "were", "won", "lost",
		"fell", "began", "left", "arrived", "visited", "signed", "killed", "attacked", "launched",
		"announced", "declared", "resigned", "elected", "sworn", "struck", "fired", "called",
		"approved", "voted", "passed", "agreed", "ended", "opened", "closed", "released",
		"reported", "occurred", "happened":
		return true
	}
	return false
}

// tellsOfRecentDays reports what recentRE.MatchString(s) reports: whether
// s names a weekday, "today", "yesterday", "tonight" or "this week" (in
// that case).
func tellsOfRecentDays(s string) bool {
	prevEnd := -1
	prev := ""
	for i := 0; i < len(s); {
		if !wordByte[s[i]] {
			i++
			continue
		}
		end := wordEnd(s, i)
		switch w := s[i:end]; w {
		case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday", "tonight":
			return true
		case "week":
			if prev == "this" && prevEnd == i-1 && s[prevEnd] == ' ' {
				return true
			}
		}
		prev, prevEnd = s[i:end], end
		i = end
	}
	return false
}

// tellsOfPast reports what pastRE.MatchString(s) reports: whether s puts
// what it tells in the past ("last year", "at the time", "once").
func tellsOfPast(s string) bool {
	if hasFoldRune(s) {
		return pastRE.MatchString(s)
	}
	// The last three words, and whether one space alone parts each from
	// the next: pastRE's phrases are words with one space between.
	var w [3]lowerWord // w[0] the word at i, w[1] the one before it…
	var joined [3]bool // joined[k]: w[k] follows w[k+1] after one space
	prevEnd := -1
	for i := 0; i < len(s); {
		if !wordByte[s[i]] {
			i++
			continue
		}
		end := wordEnd(s, i)
		w[2], w[1], w[0] = w[1], w[0], lower(s[i:end])
		joined[2], joined[1] = joined[1], joined[0]
		joined[0] = prevEnd >= 0 && prevEnd == i-1 && s[prevEnd] == ' '
		prevEnd, i = end, end
		switch w[0].word() {
		case "once":
			return true
		case "year", "month":
			if joined[0] && (w[1].is("last") || w[1].is("this") && joined[1] && w[2].is("earlier")) {
				return true
			}
		case "past":
			if joined[0] && joined[1] && w[1].is("the") && w[2].is("in") {
				return true
			}
		case "time":
			if joined[0] && joined[1] && w[1].is("the") && w[2].is("at") {
				return true
			}
		case "ago":
			if joined[0] && (w[1].is("year") || w[1].is("years") || w[1].is("months")) {
				return true
			}
		case "been":
			if joined[0] && w[1].is("had") {
				return true
			}
		}
	}
	return false
}

// earlierYear reports whether s names a year (a word of four digits from
// 1900 to 2099, as yearRE finds them) before year, or any such year when
// year is 0.
func earlierYear(s string, year int) bool {
	for i := 0; i < len(s); {
		if !wordByte[s[i]] {
			i++
			continue
		}
		end := wordEnd(s, i)
		if w := s[i:end]; len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && isDigit(w[2]) && isDigit(w[3]) {
			n := int(w[0]-'0')*1000 + int(w[1]-'0')*100 + int(w[2]-'0')*10 + int(w[3]-'0')
			if year == 0 || n < year {
				return true
			}
		}
		i = end
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }
