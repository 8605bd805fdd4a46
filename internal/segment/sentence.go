package segment

import (
	textpkg "github.com/glossline/glossline/internal/text"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences splits text into sentences using the rules of lang (see
// Split); it is text.New followed by Split, for callers that have only the
// string.
func Sentences(text, lang string) []Span {
	d := textpkg.New(text)
	Split(d, lang)
	return d.Sents
}

// Split finds the sentences of d using the rules of lang ("de", "en", or a
// tag such as "de-DE"; other languages get the English rules) and records
// them in d (Doc.Sents, Doc.SentToks, the Sent flags).
//
// Sentences are token ranges: they are in text order, do not overlap,
// never cross a paragraph boundary, carry no surrounding white space, and
// together cover every token: white space between two sentences belongs to
// neither.
//
// A sentence ends after ".", "?", "!", "…" or "..." and any closing quotes
// or brackets that follow, when white space comes next — unless the next
// word starts in lower case (`"Why?" she asked.` is one sentence), or the
// period belongs to an abbreviation ("Dr.", "z. B.", "U.S."), an initial
// ("Edith M. Lederer") or an ordinal ("am 12. September", "im 19.
// Jahrhundert", "vom 4./5. August", German "das II. Korps"; the
// language's data file lists the months and nouns that mark one).
// Abbreviations listed as able to end a sentence ("etc.", "a.m."),
// initials and ellipses end one only when the next word is a typical
// sentence opening ("Der", "The").
// Decimals and times ("3.5", "16.30 Uhr") have no space after the period
// and never end one.
func Split(d *textpkg.Doc, lang string) {
	r := rulesFor(lang)
	firsts := make([]int32, 0, len(d.Toks)/16+len(d.Paras))
	for k := range d.Paras {
		firsts = r.split(d, k, firsts)
	}
	d.SetSentences(firsts, lang)
}

// split appends the first tokens of paragraph k's sentences to firsts.
func (r *rules) split(d *textpkg.Doc, k int, firsts []int32) []int32 {
	a, b := int(d.ParaToks[k]), int(d.ParaToks[k+1])
	p := Span{Start: d.Paras[k].Start, End: d.Paras[k].End}
	toks := d.Toks
	firsts = append(firsts, int32(a))
	for i := a; i < b; i++ {
		if !isTerminatorTok(d, i) {
			continue
		}
		j := i + 1
		for j < b && toks[j].Touches() && isTerminatorTok(d, j) {
			j++
		}
		termEnd := j
		for j < b && toks[j].Touches() && isCloserTok(d, j) {
			j++
		}
		if j >= b {
			break // the paragraph's end closes the sentence anyway
		}
		if toks[j].Touches() {
			i = j - 1
			continue // "3.5", "z.B.", "?!«," — no break without a space
		}
		if r.breaks(d.Text, p, int(toks[i].Start), int(toks[termEnd-1].End), int(toks[j-1].End), int(toks[j].Start)) {
			firsts = append(firsts, int32(j))
		}
		i = j - 1
	}
	return firsts
}

// isTerminatorTok reports whether token i is ".", "?", "!" or "…".
func isTerminatorTok(d *textpkg.Doc, i int) bool {
	t := &d.Toks[i]
	if t.Kind != textpkg.Punct {
		return false
	}
	c, _ := utf8.DecodeRuneInString(d.Text[t.Start:t.End])
	return isTerminator(c)
}

// isCloserTok reports whether token i is a closing quote or bracket.
func isCloserTok(d *textpkg.Doc, i int) bool {
	t := &d.Toks[i]
	if t.Kind != textpkg.Punct {
		return false
	}
	c, _ := utf8.DecodeRuneInString(d.Text[t.Start:t.End])
	return isCloser(c)
}

// breaks decides whether the terminators text[termStart:termEnd] (followed
// by closers up to end, then white space up to next) end a sentence.
func (r *rules) breaks(text string, p Span, termStart, termEnd, end, next int) bool {
	word, first, wordEnd := nextWord(text, next, p.End)
	if unicode.IsLower(first) {
		return false
	}
	run := text[termStart:termEnd]
	if strings.ContainsAny(run, "?!") {
		return true
	}
	if run != "." {
		// An ellipsis: inside a sentence unless a sentence opening follows.
		return r.opens(text, word, wordEnd)
	}
	if end > termEnd {
		// Closers after the period: `„Kampf“.` was not an abbreviation.
		// (`Kampf.“` arrives here too and is not one either.)
		return true
	}
	tokStart := tokenStart(text, p.Start, termStart)
	tok := text[tokStart:termEnd]
	if termStart > tokStart && isClosingByte(text[termStart-1]) {
		return true // `(AP).` — a bracket or quote before the period
	}
	if digits, ok := ordinalNumber(tok[:len(tok)-1]); ok {
		return !r.isOrdinal(digits, word, first)
	}
	if r.ordinalDot && isRoman(tok[:len(tok)-1]) {
		// "das II. Korps", "im XIX. Jahrhundert"
		return !r.isOrdinal("1", word, first)
	}
	kind := r.abbreviation(text, p, tokStart, termEnd, next)
	if kind == notAbbrev {
		// "Univ.-Prof.": the part after the last hyphen.
		if h := strings.LastIndexByte(tok, '-'); h >= 0 && h+2 < len(tok) {
			kind = abbrevKind(r.classesOf(strings.ToLower(tok[h+1:])) & kindMask)
		}
	}
	switch kind {
	case never:
		return false
	case mayEnd:
		return r.opens(text, word, wordEnd)
	}
	if isInitial(tok) || isDotted(tok) {
		return r.opens(text, word, wordEnd)
	}
	return true
}

// isOrdinal reports whether a number written with a period ("12.") is an
// ordinal, given the word that follows it.
func (r *rules) isOrdinal(digits, word string, first rune) bool {
	if len(digits) > 3 || word == "" {
		return false
	}
	w := strings.ToLower(strings.TrimSuffix(word, "."))
	c := r.classesOf(w)
	if c&(month|ordinalWord) != 0 {
		return true
	}
	return r.ordinalDot && unicode.IsUpper(first) && c&starter == 0
}

// opens reports whether word, ending at wordEnd, opens a
// sentence: it is a starter, and not an initial ("J. A. Smith" has the
// starter "A" as an initial).
func (r *rules) opens(text, word string, wordEnd int) bool {
	if !r.isStarter(word) {
		return false
	}
	initial := utf8.RuneCountInString(word) == 1 && wordEnd < len(text) && text[wordEnd] == '.'
	return !initial
}

func (r *rules) isStarter(word string) bool {
	return word != "" && r.classesOf(strings.ToLower(word))&starter != 0
}

// abbreviation reports whether the period at termEnd-1, whose token starts
// at tokStart, is part of a listed abbreviation. Abbreviations with inner
// spaces ("z. B.", "i. d. R.") are matched across the dotted tokens before
// and after this one.
func (r *rules) abbreviation(text string, p Span, tokStart, termEnd, next int) abbrevKind {
	if r.maxParts == 0 {
		return notAbbrev
	}
	// Dotted tokens around this one, nearest first: at most maxParts-1 on
	// each side.
	var before, after [4]Span
	nb, na := 0, 0
	limit := min(r.maxParts-1, len(before))
	for s := tokStart; nb < limit; {
		e := s
		for e > p.Start {
			c, size := utf8.DecodeLastRuneInString(text[p.Start:e])
			if !isSpace(c, size) {
				break
			}
			e -= size
		}
		if e == s || e == p.Start || text[e-1] != '.' {
			break
		}
		s = tokenStart(text, p.Start, e-1)
		if e-s > 8 {
			break
		}
		before[nb] = Span{Start: s, End: e}
		nb++
	}
	for s := next; na < limit && s < p.End; {
		e := s
		for e < p.End {
			c, size := utf8.DecodeRuneInString(text[e:p.End])
			if isSpace(c, size) || isCloser(c) && c != '\'' && c != '’' {
				break
			}
			e += size
		}
		if e == s || e-s > 8 || text[e-1] != '.' {
			break
		}
		after[na] = Span{Start: s, End: e}
		na++
		for e < p.End {
			c, size := utf8.DecodeRuneInString(text[e:p.End])
			if !isSpace(c, size) {
				break
			}
			e += size
		}
		if e == after[na-1].End {
			break
		}
		s = e
	}
	// Try every window of tokens that contains this one, longest first,
	// so that "u. a. m." wins over "u. a.".
	var buf [64]byte
	best := notAbbrev
	bestLen := 0
	for b := nb; b >= 0; b-- {
		for a := 0; a <= na; a++ {
			if b+a+1 > r.maxParts || b+a+1 <= bestLen {
				continue
			}
			key := buf[:0]
			for k := b - 1; k >= 0; k-- {
				key = appendLower(key, text[before[k].Start:before[k].End])
			}
			key = appendLower(key, text[tokStart:termEnd])
			for k := 0; k < a; k++ {
				key = appendLower(key, text[after[k].Start:after[k].End])
			}
			if len(key) > r.maxLen {
				continue // longer than any key
			}
			if kind := abbrevKind(r.classesOf(string(key)) & kindMask); kind != notAbbrev {
				best, bestLen = kind, b+a+1
				if a > 0 {
					// This period is inside the abbreviation, not at
					// its end: it never ends a sentence.
					best = never
				}
			}
		}
	}
	return best
}

// appendLower appends s lower-cased; ASCII only is enough for the keys
// compared here, other runes are copied as they are and matched through
// the lower-cased data file when they are already lower case.
func appendLower(dst []byte, s string) []byte {
	if len(dst)+len(s) > cap(dst) {
		return append(dst, strings.ToLower(s)...)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return append(dst, strings.ToLower(s[i:])...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// tokenStart returns where the token that ends at end (exclusive) starts:
// after the previous white space or opening quote or bracket, never before
// lo.
func tokenStart(text string, lo, end int) int {
	s := end
	for s > lo {
		c, size := utf8.DecodeLastRuneInString(text[lo:s])
		if isSpace(c, size) || isOpener(c) {
			break
		}
		s -= size
	}
	return s
}

// nextWord returns the word at i (after any opening quotes or brackets, and
// an ellipsis that marks an omission: "… bleibt geheim") up
// to the next space, closer or terminator, its first rune (0 if none) and
// the offset where it ends.
func nextWord(text string, i, end int) (string, rune, int) {
	for i < end {
		c, size := utf8.DecodeRuneInString(text[i:end])
		if !isOpener(c) && c != '…' {
			break
		}
		i += size
	}
	j := i
	for j < end {
		c, size := utf8.DecodeRuneInString(text[j:end])
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '-' {
			break
		}
		j += size
	}
	if i >= end {
		return "", 0, i
	}
	first, _ := utf8.DecodeRuneInString(text[i:end])
	return text[i:j], first, j
}

// isInitial reports whether tok is one letter and a period ("M.").
func isInitial(tok string) bool {
	c, size := utf8.DecodeRuneInString(tok)
	return size+1 == len(tok) && unicode.IsLetter(c)
}

// isDotted reports whether tok is letters in groups of one or two, each
// followed by a period ("U.N.", "e.g.", "Ph.D.").
func isDotted(tok string) bool {
	groups, n := 0, 0
	for _, c := range tok {
		switch {
		case c == '.':
			if n == 0 {
				return false
			}
			groups++
			n = 0
		case unicode.IsLetter(c) && n < 2:
			n++
		default:
			return false
		}
	}
	return groups >= 2 && n == 0
}

// ordinalNumber returns the last number of a token such as "12", "18./19"
// or "4.-5": digits, optionally after other dotted numbers joined by "/" or
// "-".
func ordinalNumber(s string) (string, bool) {
	// Parts are split at the ASCII bytes '/' and '-', which never occur
	// inside a multi-byte rune; empty parts are skipped.
	i := len(s) - 1
	for i >= 0 && s[i] != '/' && s[i] != '-' {
		i--
	}
	last := s[i+1:]
	if last == "" || !allDigits(last) {
		return "", false
	}
	start := 0
	for k := 0; k <= i; k++ {
		if s[k] != '/' && s[k] != '-' {
			continue
		}
		part := strings.TrimSuffix(s[start:k], ".")
		if k > start && !allDigits(part) {
			return "", false
		}
		start = k + 1
	}
	return last, true
}

// isRoman reports whether s is a Roman numeral of two to six letters
// ("II", "XIX"); single letters are initials.
func isRoman(s string) bool {
	if len(s) < 2 || len(s) > 6 {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case 'I', 'V', 'X', 'L', 'C':
		default:
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isTerminator(c rune) bool {
	return c == '.' || c == '?' || c == '!' || c == '…'
}

// isCloser reports closing quotes and brackets that belong to the sentence
// they follow. German opens with „ and closes with “, or »…« and «…».
func isCloser(c rune) bool {
	switch c {
	case '"', '\'', ')', ']', '}', '»', '«', '“', '”', '„', '’', '‘', '›', '‹':
		return true
	}
	return false
}

func isClosingByte(b byte) bool {
	return b == ')' || b == ']' || b == '"' || b == '\''
}

// isOpener reports quotes and brackets that may open a word.
func isOpener(c rune) bool {
	switch c {
	case '"', '\'', '(', '[', '{', '»', '«', '“', '„', '‘', '‚', '›', '‹':
		return true
	}
	return false
}
