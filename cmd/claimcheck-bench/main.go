// Command claimcheck-bench measures claimcheck on generated corpora of
// news articles and prints a table of throughput and peak memory, with
// the ratio to grep over the same files in the same run (the floor:
// reading the bytes).
//
// The corpora are built from the repository's own sample articles (the
// seeds in testdata/seeds and the articles inside testdata/script/*.txtar):
// their paragraphs are recombined into events covered by three to five
// outlets each, with publication dates shifted day by day and outlet names
// varied, so that grouping by person and week and the comparison of
// reports have realistic work to do.
//
// Usage, from anywhere inside the repository:
//
//	go run ./cmd/claimcheck-bench [-n 1000,10000,100000] [-runs 3] [-keep DIR]
//
// claimcheck is built once with go build and run as a child process with
// --format json; its peak memory is the child's maximum resident set size
// as the kernel reports it (rusage). os/exec starts a child with vfork, and
// Linux counts the parent's peak before the exec in the child's: so before
// each run this process gives its free memory back and resets its own peak
// to what it holds (/proc/self/clear_refs), and the table says how much
// that was, the floor under every peak figure. All the corpora are written first;
// then, -runs times, each round runs grep and claimcheck on every corpus
// in turn (so that a machine whose speed drifts over the minutes of a
// bench moves every size alike); the table gives the median times (a run
// slowed by another process on the machine moves no figure) and the
// largest peak memory.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/rogpeppe/go-internal/txtar"
)

func main() {
	sizes := flag.String("n", "1000,10000,100000", "comma-separated corpus `sizes` in articles")
	keep := flag.String("keep", "", "write the corpora under `DIR` and keep them (default: a temporary directory, removed)")
	bin := flag.String("bin", "", "the claimcheck `binary` to measure (default: built from this repository)")
	pattern := flag.String("pattern", "President", "the title `pattern` grep counts")
	runs := flag.Int("runs", 3, "time grep and claimcheck this many `times` each on every corpus, taking turns, and report the medians")
	days := flag.Int("days", 600, "spread each corpus's events over this many `days` (more articles, more a week); 0: one event a day, so a larger corpus spans more days")
	flag.Parse()
	if err := run(*sizes, *keep, *bin, *pattern, *days, *runs, os.Stdout); err != nil {
		fmt.Fprintf(os.Stderr, "claimcheck-bench: %v\n", err)
		os.Exit(2)
	}
}

func run(sizeList, keep, bin, pattern string, days, runs int, out io.Writer) error {
	if runs < 1 {
		return fmt.Errorf("-runs %d: want 1 or more", runs)
	}
	var sizes []int
	for _, s := range strings.Split(sizeList, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			return fmt.Errorf("-n %q: want positive numbers separated by commas", sizeList)
		}
		sizes = append(sizes, n)
	}
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	work := keep
	if work == "" {
		if work, err = os.MkdirTemp("", "claimcheck-bench-"); err != nil {
			return err
		}
		defer os.RemoveAll(work)
	} else if err := os.MkdirAll(work, 0o755); err != nil {
		return err
	}
	if bin == "" {
		bin = filepath.Join(work, "claimcheck")
		build := exec.Command("go", "build", "-o", bin, "./cmd/claimcheck")
		build.Dir = root
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("go build ./cmd/claimcheck: %v", err)
		}
	}
	src, err := readSamples(root)
	if err != nil {
		return err
	}
	spread := fmt.Sprintf("events spread over %d days", days)
	if days == 0 {
		spread = "one event a day"
	}
	fmt.Fprintf(out, "corpus: %d paragraphs, %d outlet names, %d titles from testdata/seeds and testdata/script; %s; grep pattern %q; median of %d runs\n",
		len(src.paras), len(src.outlets), len(src.titles), spread, pattern, runs)
	// Every corpus is written first; then each round runs grep and
	// claimcheck on every corpus in turn, so that a machine that slows
	// down or speeds up over the minutes a bench takes moves every size's
	// figures alike, and the ratios between sizes stay fair.
	ms := make([]*measurement, len(sizes))
	for i, n := range sizes {
		dir := filepath.Join(work, fmt.Sprintf("corpus-%d", n))
		size, err := generate(dir, n, days, src)
		if err != nil {
			return err
		}
		ms[i] = &measurement{row: row{articles: n, bytes: size}, dir: dir}
	}
	// The corpora just written go to disk before anything is timed:
	// writing them back during a run was a second of noise at 100,000.
	syscall.Sync()
	// Each child writes to a file, not a pipe: with a pipe, this process
	// would read and count the output (35 MB of JSON at 10,000 articles)
	// while the child runs, on the same cores, in the time measured. The
	// findings are counted from the file once the child is done.
	f, err := os.CreateTemp("", "claimcheck-bench-*.out")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	defer f.Close()
	for i := range runs + 1 {
		for _, m := range ms {
			if err := m.round(bin, pattern, i, f); err != nil {
				return err
			}
		}
	}
	rows := make([]row, len(ms))
	for i, m := range ms {
		rows[i] = m.result()
	}
	printTable(out, rows)
	floor := int64(0)
	for _, m := range ms {
		floor = max(floor, m.floor)
	}
	fmt.Fprintf(out, "this process held at most %.1f MB when it started a run: no peak RSS above is below that (os/exec's vfork)\n", float64(floor)/1e6)
	return nil
}

// moduleRoot returns the directory of the claimcheck module.
func moduleRoot() (string, error) {
	b, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %v", err)
	}
	mod := strings.TrimSpace(string(b))
	if mod == "" || mod == os.DevNull {
		return "", errors.New("run claimcheck-bench inside the claimcheck repository")
	}
	return filepath.Dir(mod), nil
}

// samples are the pieces corpora are built from.
type samples struct {
	paras   []string // paragraphs of prose (a dozen words or more)
	outlets []string // outlet names
	titles  []string // headlines
}

var sourceRE = regexp.MustCompile(`(?m)^source:\s*(\S.*)$`)

func readSamples(root string) (*samples, error) {
	var texts []string
	seeds, _ := filepath.Glob(filepath.Join(root, "testdata", "seeds", "*.txt"))
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		texts = append(texts, string(b))
	}
	scripts, _ := filepath.Glob(filepath.Join(root, "testdata", "script", "*.txtar"))
	for _, p := range scripts {
		a, err := txtar.ParseFile(p)
		if err != nil {
			return nil, err
		}
		for _, f := range a.Files {
			if ext := filepath.Ext(f.Name); ext == ".txt" || ext == ".md" {
				texts = append(texts, string(f.Data))
			}
		}
	}
	s := &samples{}
	seenPara, seenOutlet, seenTitle := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, t := range texts {
		if !utf8.ValidString(t) || strings.ContainsRune(t, 0) {
			continue // the bad-input fixtures
		}
		for _, m := range sourceRE.FindAllStringSubmatch(t, -1) {
			if o := strings.TrimSpace(m[1]); !seenOutlet[o] && len(o) < 60 {
				seenOutlet[o] = true
				s.outlets = append(s.outlets, o)
			}
		}
		body := t
		if i := strings.Index(t, "\n---\n"); i >= 0 && i < 400 {
			body = t[i+5:]
		}
		for i, l := range strings.Split(body, "\n") {
			l = strings.TrimSpace(l)
			n := len(strings.Fields(l))
			switch {
			case n >= 12 && len(l) <= 1500 && !seenPara[l]: // not the long-line fixtures
				seenPara[l] = true
				s.paras = append(s.paras, l)
			case i < 3 && n >= 3 && n < 16 && !seenTitle[l] && !strings.Contains(l, ":"):
				seenTitle[l] = true
				s.titles = append(s.titles, l)
			}
		}
	}
	if len(s.paras) < 10 {
		return nil, fmt.Errorf("%s: only %d paragraphs in the sample articles", root, len(s.paras))
	}
	for _, o := range []string{"Reuters", "Associated Press", "AFP", "The Moscow Times", "Kyiv Independent", "BBC News", "Meduza", "Politico", "The Guardian", "Deutsche Welle"} {
		if !seenOutlet[o] {
			s.outlets = append(s.outlets, o)
		}
	}
	slices.Sort(s.outlets)
	if len(s.titles) == 0 {
		s.titles = []string{"Talks Resume"}
	}
	return s, nil
}

// generate writes n articles under dir, a thousand to a subdirectory, and
// returns their total size in bytes. Articles come in events of three to
// five outlets that share most of their paragraphs and a day (give or take
// one); each outlet writes under a name varied by its suffix. The events
// fall on days cycling through the given number of days, or, with 0, one
// a day.
func generate(dir string, n, days int, src *samples) (int64, error) {
	if err := os.RemoveAll(dir); err != nil {
		return 0, err
	}
	rng := rand.New(rand.NewPCG(uint64(n), 2025))
	base := time.Date(2025, 1, 2, 0, 0, 0, 0, time.UTC)
	var total int64
	var buf bytes.Buffer
	for i, event := 0, 0; i < n; event++ {
		er := rand.New(rand.NewPCG(uint64(event), 7))
		day := base.AddDate(0, 0, event)
		if days > 0 {
			day = base.AddDate(0, 0, event%days)
		}
		outlets := 3 + er.IntN(3)
		shared := make([]string, 8)
		for j := range shared {
			shared[j] = src.paras[er.IntN(len(src.paras))]
		}
		title := src.titles[er.IntN(len(src.titles))]
		first := er.IntN(len(src.outlets))
		for o := 0; o < outlets && i < n; o, i = o+1, i+1 {
			outlet := src.outlets[(first+o)%len(src.outlets)]
			if v := (event / len(src.outlets)) % 4; v > 0 {
				outlet = fmt.Sprintf("%s %s", outlet, [...]string{"", "Online", "World", "Europe"}[v])
			}
			pub := day.AddDate(0, 0, rng.IntN(3)/2) // most the same day, some the next
			buf.Reset()
			fmt.Fprintf(&buf, "source: %s\npublished: %s\n---\n%s\n\n", outlet, pub.Format("2006-01-02"), title)
			for range 5 + rng.IntN(7) {
				p := shared[rng.IntN(len(shared))]
				if rng.IntN(4) == 0 {
					p = src.paras[rng.IntN(len(src.paras))]
				}
				buf.WriteString(p)
				buf.WriteString("\n\n")
			}
			sub := filepath.Join(dir, fmt.Sprintf("%03d", i/1000))
			if i%1000 == 0 {
				if err := os.MkdirAll(sub, 0o755); err != nil {
					return 0, err
				}
			}
			if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("a%06d.txt", i)), buf.Bytes(), 0o644); err != nil {
				return 0, err
			}
			total += int64(buf.Len())
		}
	}
	return total, nil
}

// A row is one corpus's measurements.
type row struct {
	articles int
	bytes    int64
	wall     time.Duration // claimcheck's wall time
	cpu      time.Duration // claimcheck's user and system time
	maxRSS   int64         // claimcheck's peak resident set, bytes
	findings int
	grepWall time.Duration
	walls    []time.Duration // claimcheck's wall time in each round, in order
}

// A measurement is one corpus's figures, round by round.
type measurement struct {
	row
	dir             string
	grepWalls, cpus []time.Duration // each round's (claimcheck's walls are the row's)
	floor           int64           // this process's resident set when it started a run, at most
}

// round runs grep over the corpus, then claimcheck, and keeps their
// times, peak memory and the findings (which every run must agree on).
// Round 0 runs grep only, to warm the page cache.
func (m *measurement) round(bin, pattern string, i int, out *os.File) error {
	res, err := timed(exec.Command("grep", "-r", "-c", "--include=*.txt", pattern, m.dir), out)
	// grep exits 1 when no line matches: that is no failure here.
	var ee *exec.ExitError
	if err != nil && !(errors.As(err, &ee) && ee.ExitCode() == 1) {
		return fmt.Errorf("grep: %v", err)
	}
	if i == 0 {
		return nil // the warm-up
	}
	m.grepWalls = append(m.grepWalls, res.wall)
	m.floor = max(m.floor, resetPeak())
	res, err = timed(exec.Command(bin, "check", "--format", "json", m.dir), out)
	if err != nil && !(errors.As(err, &ee) && ee.ExitCode() == 1) {
		return fmt.Errorf("claimcheck check %s: %v: %s", m.dir, err, res.stderr)
	}
	var count countFindings
	if _, err := out.Seek(0, io.SeekStart); err != nil {
		return err
	}
	if _, err := io.Copy(&count, out); err != nil {
		return fmt.Errorf("claimcheck check %s: reading its output: %v", m.dir, err)
	}
	if i > 1 && count.n != m.findings {
		return fmt.Errorf("claimcheck check %s: %d findings, then %d: not deterministic", m.dir, m.findings, count.n)
	}
	m.walls, m.cpus = append(m.walls, res.wall), append(m.cpus, res.cpu)
	m.maxRSS, m.findings = max(m.maxRSS, res.maxRSS), count.n
	return nil
}

// resetPeak gives this process's free memory back to the system and makes
// its peak resident set its current one, and returns that, in bytes (0
// where /proc does not tell). A child started now (os/exec's vfork) is
// counted from there: Linux keeps the parent's peak as the child's at the
// exec.
func resetPeak() int64 {
	debug.FreeOSMemory()
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmRSS:"); ok {
			f := strings.Fields(v) // "123456 kB"
			if len(f) > 0 {
				if kb, err := strconv.ParseInt(f[0], 10, 64); err == nil {
					return kb << 10
				}
			}
		}
	}
	return 0
}

// result returns the row of the rounds so far: the median times, the
// largest peak memory.
func (m *measurement) result() row {
	r := m.row
	r.grepWall, r.wall, r.cpu = median(m.grepWalls), median(m.walls), median(m.cpus)
	return r
}

// median returns the middle of ds (the mean of the two middle ones when
// there is an even number).
func median(ds []time.Duration) time.Duration {
	ds = slices.Sorted(slices.Values(ds))
	if len(ds)%2 == 1 {
		return ds[len(ds)/2]
	}
	return (ds[len(ds)/2-1] + ds[len(ds)/2]) / 2
}

type result struct {
	wall, cpu time.Duration
	maxRSS    int64
	stderr    string
}

// timed runs cmd with its output in stdout, emptied first, and returns
// how long it took and what it used.
func timed(cmd *exec.Cmd, stdout *os.File) (result, error) {
	if err := stdout.Truncate(0); err != nil {
		return result{}, err
	}
	if _, err := stdout.Seek(0, io.SeekStart); err != nil {
		return result{}, err
	}
	var errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = stdout, &errOut
	start := time.Now()
	err := cmd.Run()
	res := result{wall: time.Since(start), stderr: strings.TrimSpace(errOut.String())}
	if st := cmd.ProcessState; st != nil {
		res.cpu = st.UserTime() + st.SystemTime()
		if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
			res.maxRSS = int64(ru.Maxrss) * 1024 // kilobytes on Linux
		}
	}
	return res, err
}

// countFindings counts the findings in check's JSON output as it streams
// by: one "rule" key per finding.
type countFindings struct {
	n    int
	tail []byte
}

func (c *countFindings) Write(p []byte) (int, error) {
	buf := append(c.tail, p...)
	c.n += bytes.Count(buf, []byte(`"rule":`))
	keep := min(len(buf), len(`"rule":`)-1)
	c.tail = append(c.tail[:0], buf[len(buf)-keep:]...) // too short to hold a whole key
	return len(p), nil
}

func printTable(out io.Writer, rows []row) {
	w := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "articles\tMB\twall s\tarticles/s\tMB/s\tCPU s\tpeak RSS MB\tfindings\tgrep s\t× grep\t")
	for _, r := range rows {
		mb := float64(r.bytes) / 1e6
		s := r.wall.Seconds()
		fmt.Fprintf(w, "%d\t%.1f\t%.2f\t%.0f\t%.2f\t%.2f\t%.1f\t%d\t%.3f\t%.1f\t\n",
			r.articles, mb, s, float64(r.articles)/s, mb/s, r.cpu.Seconds(), float64(r.maxRSS)/1e6,
			r.findings, r.grepWall.Seconds(), s/r.grepWall.Seconds())
	}
	w.Flush()
	bw := bufio.NewWriter(out)
	for i := 1; i < len(rows); i++ {
		fmt.Fprintln(bw, step(rows[i-1], rows[i]))
	}
	bw.Flush()
}

// step says how the time grew from one corpus to the next: the medians'
// ratio, in wall time and in CPU time, and, when there was more than one
// round, each round's ratio (the rounds take turns, so a round's two runs
// were close in time), which shows how far the machine moves the figure.
func step(a, b row) string {
	var s strings.Builder
	fmt.Fprintf(&s, "%d → %d articles (×%.0f): time ×%.1f", a.articles, b.articles,
		float64(b.articles)/float64(a.articles), ratio(b.wall, a.wall))
	fmt.Fprintf(&s, " (CPU ×%.1f", ratio(b.cpu, a.cpu))
	if n := min(len(a.walls), len(b.walls)); n > 1 {
		s.WriteString("; by round:")
		for i := range n {
			fmt.Fprintf(&s, " ×%.1f", ratio(b.walls[i], a.walls[i]))
		}
	}
	s.WriteString(")")
	return s.String()
}

// ratio returns x/y, or 0 when y is 0.
func ratio(x, y time.Duration) float64 {
	if y == 0 {
		return 0
	}
	return x.Seconds() / y.Seconds()
}
