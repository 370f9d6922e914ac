package packet

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date that may lack its day or month, as document dates
// often do ("2019-06", "2019").
type Date struct {
	Year  int
	Month time.Month // 0 when only the year is known
	Day   int        // 0 when only the year and month are known
}

// IsZero reports whether the date is unset.
func (d Date) IsZero() bool { return d.Year == 0 }

// String returns the date as written in a case file: "2019-06-03", "2019-06" or "2019".
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Long returns the date for a letter: "June 3, 2019", "June 2019" or "2019".
func (d Date) Long() string {
	switch {
	case d.IsZero():
		return ""
	case d.Month == 0:
		return strconv.Itoa(d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%s %d", d.Month, d.Year)
	}
	return fmt.Sprintf("%s %d, %d", d.Month, d.Day, d.Year)
}

// Time returns midnight UTC of the date (the first of the month or year
// where those are unknown).
func (d Date) Time() time.Time {
	return time.Date(d.Year, max(d.Month, 1), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
}

// parseDate reads YYYY-MM-DD, or also YYYY-MM and YYYY when partial is set.
func parseDate(s string, partial bool) (Date, bool) {
	parts := strings.Split(strings.TrimSpace(s), "-")
	if len(parts) > 3 || (!partial && len(parts) != 3) {
		return Date{}, false
	}
	widths := []int{4, 2, 2}
	var v [3]int
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if len(p) != widths[i] || err != nil || n < 0 {
			return Date{}, false
		}
		v[i] = n
	}
	d := Date{Year: v[0], Month: time.Month(v[1]), Day: v[2]}
	if d.Year < 1800 || d.Year > 2200 {
		return Date{}, false
	}
	if len(parts) >= 2 && (d.Month < 1 || d.Month > 12) {
		return Date{}, false
	}
	if len(parts) == 3 && (d.Day < 1 || d.Day > daysIn(d.Year, d.Month)) {
		return Date{}, false
	}
	return d, true
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parseMoment reads YYYY-MM-DD or YYYY-MM-DDTHH:MM (a space may stand for T).
func parseMoment(s string) (Moment, bool) {
	s = strings.TrimSpace(s)
	datePart, clock, hasTime := strings.Cut(strings.Replace(s, " ", "T", 1), "T")
	d, ok := parseDate(datePart, false)
	if !ok {
		return Moment{}, false
	}
	m := Moment{Date: d}
	if !hasTime {
		return m, true
	}
	t, err := time.Parse("15:04", strings.TrimSuffix(clock, ":00Z"))
	if err != nil {
		if t, err = time.Parse("15:04:05", clock); err != nil {
			return Moment{}, false
		}
	}
	m.Hour, m.Minute, m.HasTime = t.Hour(), t.Minute(), true
	return m, true
}

// Long returns the moment for a cover page: "January 20, 2027, 9:00 AM".
func (m Moment) Long() string {
	if !m.HasTime {
		return m.Date.Long()
	}
	return m.Date.Long() + ", " + m.Time().Format("3:04 PM")
}
