package glossary

// titleCaseLine returns the last token of the paragraph that starts at
// token i when that paragraph is an English headline set in title case
// ("Father Wants Update on Son", "Tests Link Doctor to Suspect"), and -1
// otherwise. There every word is capitalised, so a capital says nothing
// about a name: runs of such words are not names and nothing is mined
// from them. A name a headline shares with the story is found in the
// story, and its mentions in the headline are marked all the same.
//
// A headline here is a paragraph of three to twenty words that does not
// end in a full stop or a lower-case word, whose words are all capitalised
// but for short function words ("on", "of", "to"), and in which a word
// after the first that running text writes in lower case is capitalised
// ("Father", "Son", "On"): a name alone on a line ("Department of
// Health", "Anna Berg and Tomas Lind") or a byline is none. A line inside
// a paragraph is not judged: it may be a sentence broken at the margin.
func (e *engine) titleCaseLine(i int) int {
	if e.de {
		return -1 // German capitalises every noun: a headline reads as a sentence
	}
	p := e.toks[i].para
	words, common, last, lastWord := 0, 0, -1, -1
	for k := i; k < len(e.toks) && e.toks[k].para == p; k++ {
		last = k
		if e.toks[k].kind != tWord {
			continue
		}
		lastWord = k
		words++
		if words > 20 {
			return -1
		}
		if e.toks[k].flags&fCap == 0 {
			if words == 1 || len(e.w(k)) > 4 || !e.in(e.lw(k), wStop|wConnector|wPreposition|wDeterminer) {
				return -1
			}
			continue
		}
		if words > 1 && e.toks[k].flags&fAllCaps == 0 && e.in(e.lw(k), lowerInText) {
			common++
		}
	}
	if words < 3 || common == 0 || e.punct(last, ".") || !e.isCap(lastWord) {
		return -1
	}
	return last
}

// lowerInText are the word classes running English text writes in lower
// case.
const lowerInText = wStop | wCommon | wVerb | wCopula | wRelation | wRole | wGeneric | wPreposition | wDeterminer | wConnector
