package kb

import (
	"encoding/json"
	"path"
	"strings"
)

// CompiledName returns where the compiled form of the hand-written
// knowledge file data/NAME.yaml is embedded: data/compiled/NAME.json.
func CompiledName(yamlName string) string {
	return path.Join("compiled", strings.TrimSuffix(path.Base(yamlName), path.Ext(yamlName))+".json")
}

// Compile returns the JSON form of a parsed knowledge file. The embedded
// knowledge keeps its hand-written files as YAML, for people to edit, and
// embeds their compiled JSON, which loads about ten times faster; `go
// generate ./rules/kb` rewrites the compiled files and a test checks that
// they match the YAML.
func Compile(f *File) ([]byte, error) {
	b, err := json.MarshalIndent(f, "", " ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}
