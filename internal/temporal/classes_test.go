package temporal

import "testing"

// TestAndAHalf: "and a half" belongs to the duration, after the number
// ("three and a half weeks") or after the unit ("an hour and a half").
func TestAndAHalf(t *testing.T) {
	runCases(t, "en", ref, []exprCase{
		{"The hearing lasted an hour and a half.", []string{"an hour and a half DURATION PT1H30M"}},
		{"The lease runs for three and a half years.", []string{"three and a half years DURATION P3Y6M"}},
		{"She sailed for a year and a half before returning.", []string{"a year and a half DURATION P1Y6M"}},
		{"The vote took 2 and a half days.", []string{"2 and a half days DURATION P2DT12H"}},
		{"The repairs took a week and a half.", []string{"a week and a half DURATION P1.5W"}},
		// a half of something else is no part of the duration
		{"He waited a week and a half-dozen calls went unanswered.", []string{"a week DURATION P1W"}},
	})
	runCases(t, "de", ref, []exprCase{
		{"Die Anhörung dauerte dreieinhalb Stunden.", []string{"dreieinhalb Stunden DURATION PT3H30M"}},
	})
}

// TestAgeNotDecade: a short decade after a possessive is a person's age
// ("in her early 40s"), not the 1940s; a four-digit decade stays one.
func TestAgeNotDecade(t *testing.T) {
	runCases(t, "en", ref, []exprCase{
		{"The new coach, in his 50s, played for the club.", nil},
		{"Most of the volunteers were in their late twenties.", nil},
		{"She founded the firm in her mid-30s.", nil},
		{"Their 1970s recordings were reissued.", []string{"1970s DATE 197"}},
		{"Rents doubled in the 90s.", []string{"the 90s DATE 199"}},
	})
	runCases(t, "de", ref, []exprCase{
		{"Die Trainerin, Mitte 40, spielte selbst in der Liga.", nil},
	})
}

// TestTradingDays: days counted on a calendar of work or trading are
// days ("ten business days", "fünf Handelstage"); "Business" in a name
// after a weekday stays a name.
func TestTradingDays(t *testing.T) {
	runCases(t, "en", ref, []exprCase{
		{"The fund lost ground for six trading days in a row.", []string{"six trading days DURATION P6D"}},
		{"Applicants hear back within 15 business days.", []string{"15 business days DURATION P15D"}},
		{"Delivery takes two working days.", []string{"two working days DURATION P2D"}},
		{"The story ran in the Sunday Business section.", nil},
	})
	runCases(t, "de", ref, []exprCase{
		{"Der Kurs fiel an vier Handelstagen in Folge.", []string{"vier Handelstagen DURATION P4D"}},
		{"Die Bearbeitung dauert zehn Werktage.", []string{"zehn Werktage DURATION P10D"}},
		{"Der Werktag beginnt früh.", nil},
	})
}

// TestNowIsNoFeature: "now" is said in news every day; alone it does not
// make a text a feature whose "today" means nowadays. Other years still
// do.
func TestNowIsNoFeature(t *testing.T) {
	runCases(t, "en", ref, []exprCase{
		{"Ferry tickets now cost more. The harbour board meets today to review the fares.",
			[]string{"now DATE PRESENT_REF", "today DATE 2023-09-14"}},
		{"Markets are calmer now. Traders expect a rate cut today.",
			[]string{"now DATE PRESENT_REF", "today DATE 2023-09-14"}},
	})
	runCases(t, "de", ref, []exprCase{
		{"Die Fähre ist jetzt teurer. Der Hafenrat berät heute über die Preise.",
			[]string{"jetzt DATE PRESENT_REF", "heute DATE 2023-09-14"}},
	})
}

// TestPastBeforeCount: "the past" before a count is an adjective ("the
// past three summers", "the past few mayors"), not the noun "the past";
// with a unit it is the span.
func TestPastBeforeCount(t *testing.T) {
	runCases(t, "en", ref, []exprCase{
		{"The past four mayors all lived on this street.", nil},
		{"Over the past three summers the reservoir ran low.", nil},
		{"The past few finals went to penalties.", nil},
		{"In the past, the ferry ran on coal.", []string{"the past DATE PAST_REF"}},
		{"In the past three weeks the ferry ran late.", []string{"the past three weeks DURATION P3W"}},
	})
}

// TestQuarterOfRelativeYear: a quarter or half of a year named from the
// reference date is that year's ("the first quarter of next year", "im
// dritten Quartal des vergangenen Jahres"); "of that year" stays apart.
func TestQuarterOfRelativeYear(t *testing.T) {
	runCases(t, "en", ref, []exprCase{
		{"The mill reopens in the first quarter of next year.", []string{"the first quarter of next year DATE 2024-Q1"}},
		{"Orders slumped in the second half of last year.", []string{"the second half of last year DATE 2022-H2"}},
	})
	runCases(t, "de", ref, []exprCase{
		{"Im dritten Quartal des vergangenen Jahres sank der Absatz.", []string{"dritten Quartal des vergangenen Jahres DATE 2022-Q3"}},
		{"Die Mühle öffnet im ersten Halbjahr des nächsten Jahres.", []string{"ersten Halbjahr des nächsten Jahres DATE 2024-H1"}},
	})
}

// TestStartAhead: a start named with "ab" and no past tense is this year's
// month or one ahead ("ab August gilt" said in February is the coming
// August), never last year's; "seit" still looks back.
func TestStartAhead(t *testing.T) {
	feb := Date{Year: 2024, Month: 2, Day: 12}
	runCases(t, "de", feb, []exprCase{
		{"Ab September gilt der neue Fahrplan.", []string{"September DATE 2024-09 ON_OR_AFTER"}},
		{"Ab dem 3. August fährt die Fähre stündlich.", []string{"3. August DATE 2024-08-03 ON_OR_AFTER"}},
		{"Ab Januar gilt der neue Tarif.", []string{"Januar DATE 2024-01 ON_OR_AFTER"}},
		{"Seit September gilt der neue Fahrplan.", []string{"September DATE 2023-09 open:after"}},
	})
}

// TestWindowThroughMonth: a period that ends at a deadline word ("this
// year through August", "the nine months through June", "in den zwölf Monaten
// bis Juni") reports a window that is behind; alone the word points ahead.
func TestWindowThroughMonth(t *testing.T) {
	runCases(t, "en", ref, []exprCase{
		{"Exports grew 3% this year through July.", []string{"this year DATE 2023", "July DATE 2023-07"}},
		{"In the year through June, rents rose.", []string{"the year DATE 2023", "June DATE 2023-06"}},
		{"The toll stays in place through June.", []string{"June DATE 2024-06"}},
	})
	runCases(t, "de", ref, []exprCase{
		{"In den zwölf Monaten bis Juni stiegen die Mieten.", []string{"zwölf Monaten DURATION P12M", "Juni DATE 2023-06 open:before"}},
		{"Die Maut gilt bis Juni.", []string{"Juni DATE 2024-06 open:before"}},
	})
}

// TestPresentAfterPastStory: a year told in the past tense does not make
// the present-tense clause after it part of that story: "is payable Dec.
// 1" is this year's. A story told in the present keeps its year.
func TestPresentAfterPastStory(t *testing.T) {
	runCases(t, "en", ref, []exprCase{
		{"The shares peaked in March 2019. The dividend is payable Dec. 1.",
			[]string{"March 2019 DATE 2019-03", "Dec. 1 DATE 2023-12-01"}},
	})
	runCases(t, "de", ref, []exprCase{
		{"Die Aktie war im März 2019 am teuersten. Die Dividende ist am 1. Dezember fällig.",
			[]string{"März 2019 DATE 2019-03", "1. Dezember DATE 2023-12-01"}},
		{"Im März 2019 kauft Lena ein Boot. Im Mai segelt sie los.",
			[]string{"März 2019 DATE 2019-03", "Mai DATE 2019-05"}},
	})
}
