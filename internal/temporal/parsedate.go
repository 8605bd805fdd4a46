package temporal

// ParseDate reads a metadata date: "2023-09-14", "2023-09-14T08:00:00+02:00",
// "2023-09-14T08:00Z", "2023-09-14 08:00", "20230914" and similar ISO 8601
// forms. It returns the calendar date as written, without converting time
// zones, and false when s does not start with a valid date.
func ParseDate(s string) (Date, bool) {
	// Trim surrounding white space without strings (keeps this tiny).
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\t' || s[len(s)-1] == '\n' || s[len(s)-1] == '\r') {
		s = s[:len(s)-1]
	}
	var y, m, d int
	var rest string
	switch {
	case len(s) >= 10 && digits(s[:4]) && s[4] == '-' && digits(s[5:7]) && s[7] == '-' && digits(s[8:10]):
		y, m, d, rest = atoi(s[:4]), atoi(s[5:7]), atoi(s[8:10]), s[10:]
	case len(s) >= 8 && digits(s[:8]) && (len(s) == 8 || s[8] == 'T'):
		y, m, d, rest = atoi(s[:4]), atoi(s[4:6]), atoi(s[6:8]), s[8:]
	default:
		return Date{}, false
	}
	if !validDate(y, m, d) || y == 0 {
		return Date{}, false
	}
	if rest != "" && rest[0] != 'T' && rest[0] != 't' && rest[0] != ' ' {
		return Date{}, false
	}
	if rest != "" {
		// A time must start with two digits.
		t := rest[1:]
		if len(t) < 2 || !digits(t[:2]) {
			return Date{}, false
		}
	}
	return Date{y, m, d}, true
}
