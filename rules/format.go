package rules

import (
	"fmt"
	"strconv"
	"time"

	"github.com/claimcheck/claimcheck/date"
)

// Evidence lines and facts are written with a few verbs only: %s of a
// string, a date or a dating, %d of an int, %q of a string. appendFormat
// writes those itself, as fmt would, since fmt's generality (reflection,
// a printer from a pool, every method tried on every argument) was much of
// the cost of a finding; anything else it leaves to fmt.

// appendFormat appends format with args to b as fmt.Appendf would, and
// reports false (having appended nothing) when the format or an argument
// is one it leaves to fmt.
func appendFormat(b []byte, format string, args []any) ([]byte, bool) {
	n0 := len(b)
	next := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b = append(b, c)
			continue
		}
		if i+1 >= len(format) {
			return b[:n0], false
		}
		i++
		verb := format[i]
		if verb == '%' {
			b = append(b, '%')
			continue
		}
		if next >= len(args) {
			return b[:n0], false
		}
		arg := args[next]
		next++
		ok := true
		switch verb {
		case 's':
			switch v := arg.(type) {
			case string:
				b = append(b, v...)
			case date.Date:
				b = appendDate(b, v)
			case Dating:
				b = appendDating(b, v)
			case time.Weekday:
				b = append(b, v.String()...)
			case time.Month:
				b = append(b, v.String()...)
			default:
				ok = false
			}
		case 'd':
			if v, isInt := arg.(int); isInt {
				b = strconv.AppendInt(b, int64(v), 10)
			} else {
				ok = false
			}
		case 'q':
			if v, isString := arg.(string); isString {
				b = strconv.AppendQuote(b, v)
			} else {
				ok = false
			}
		default:
			ok = false
		}
		if !ok {
			return b[:n0], false
		}
	}
	if next != len(args) {
		return b[:n0], false
	}
	return b, true
}

// sprintf is fmt.Sprintf, written by appendFormat when it can.
func sprintf(format string, args ...any) string {
	var buf [256]byte // a fact with a term in it is longer than 128 bytes
	if b, ok := appendFormat(buf[:0], format, args); ok {
		return string(b)
	}
	return fmt.Sprintf(format, args...)
}

// appendDate appends d as d.String() writes it: "2025-05-20", or nothing
// for the zero date.
func appendDate(b []byte, d date.Date) []byte {
	if d.IsZero() {
		return b
	}
	y, m, day := d.Time().Date()
	if y < 0 || y > 9999 {
		return append(b, d.String()...)
	}
	b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	b = append(b, byte('0'+int(m)/10), byte('0'+int(m)%10), '-')
	return append(b, byte('0'+day/10), byte('0'+day%10))
}

// appendWindow appends w as w.String() writes it.
func appendWindow(b []byte, w date.Window) []byte {
	switch {
	case w.IsZero():
		return b
	case w.Exact():
		return appendDate(b, w.From)
	}
	b = appendDate(b, w.From)
	b = append(b, ".."...)
	return appendDate(b, w.To)
}

// appendDating appends d as d.String() writes it.
func appendDating(b []byte, d Dating) []byte {
	for i, w := range d.Windows {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = appendWindow(b, w)
	}
	return b
}
