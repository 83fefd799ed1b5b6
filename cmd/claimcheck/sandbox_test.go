package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// forbiddenImports are the packages that open connections or run
// programs. No non-test source imports them but the exceptions below.
var forbiddenImports = []string{"net", "net/http", "net/rpc", "net/smtp", "crypto/tls", "os/exec", "plugin"}

// forbiddenCalls start processes without os/exec.
var forbiddenCalls = []string{"os.StartProcess", "syscall.Exec", "syscall.ForkExec", "syscall.StartProcess"}

// execAllowed lists, per file, the programs it may run: fixed names,
// written in the source as string literals, never taken from a config,
// a knowledge file or an article.
var execAllowed = map[string][]string{
	// lint --diff-base: git rev-parse, ls-files and diff with fixed
	// flags; the revision comes from the command line and may not start
	// with "-".
	"cmd/claimcheck/lint.go": {"git"},
	// The benchmark command: go build and go env, grep as the floor,
	// and the claimcheck it built (a variable: its own temporary path).
	"cmd/claimcheck-bench/main.go": {"go", "grep", "bin"},
}

// TestNoNetworkNoExec checks that no code path opens a network connection
// or runs a program named in its input: the non-test Go sources import
// no network or process package, except the files in execAllowed, which
// run only the programs listed there.
func TestNoNetworkNoExec(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	seen := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata" || d.Name() == "vendor") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		rel, _ := filepath.Rel(root, path)
		rel = filepath.ToSlash(rel)
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		seen++
		names := map[string]string{} // local name -> import path
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			name := p[strings.LastIndex(p, "/")+1:]
			if imp.Name != nil {
				name = imp.Name.Name
			}
			names[name] = p
			if slices.Contains(forbiddenImports, p) && !(p == "os/exec" && execAllowed[rel] != nil) {
				t.Errorf("%s imports %q: no code path may open a connection or run a program", fset.Position(imp.Pos()), p)
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			pkg, ok := sel.X.(*ast.Ident)
			if !ok {
				return true
			}
			full := names[pkg.Name] + "." + sel.Sel.Name
			if slices.Contains(forbiddenCalls, full) {
				t.Errorf("%s calls %s", fset.Position(call.Pos()), full)
			}
			if names[pkg.Name] == "os/exec" && (sel.Sel.Name == "Command" || sel.Sel.Name == "CommandContext") {
				arg := call.Args[0]
				if sel.Sel.Name == "CommandContext" {
					arg = call.Args[1]
				}
				prog := ""
				switch a := arg.(type) {
				case *ast.BasicLit:
					prog, _ = strconv.Unquote(a.Value)
				case *ast.Ident:
					prog = a.Name
				}
				if !slices.Contains(execAllowed[rel], prog) {
					t.Errorf("%s runs %s: not among the programs allowed in %s (%v)", fset.Position(call.Pos()), prog, rel, execAllowed[rel])
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if seen < 20 {
		t.Fatalf("read %d Go files under %s; the walk went wrong", seen, root)
	}
}
