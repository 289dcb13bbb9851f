package main

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"sort"
	"strings"

	"github.com/tc-hib/winres"
	"github.com/tc-hib/winres/version"
)

// iconSizes are the sizes Explorer and the taskbar ask for.
var iconSizes = []int{16, 20, 24, 32, 40, 48, 64, 128, 256}

// object builds the .syso bytes of resources.
func object(iconPNG []byte, ver string, build int) ([]byte, error) {
	rs, err := resources(iconPNG, ver, build)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := rs.WriteObject(&buf, winres.ArchAMD64); err != nil {
		return nil, fmt.Errorf("write object: %w", err)
	}
	return buf.Bytes(), nil
}

// resources are baulu.exe's: icon #1 (Explorer shows the first icon
// group), version information in English and Russian, and a manifest that
// declares per-monitor DPI awareness (GLFW scales itself) and Windows 10,
// Go's minimum.
func resources(iconPNG []byte, ver string, build int) (*winres.ResourceSet, error) {
	img, err := png.Decode(bytes.NewReader(iconPNG))
	if err != nil {
		return nil, fmt.Errorf("icon: %w", err)
	}
	icon, err := winres.NewIconFromResizedImage(img, iconSizes)
	if err != nil {
		return nil, fmt.Errorf("icon: %w", err)
	}
	rs := &winres.ResourceSet{}
	if err := rs.SetIcon(winres.ID(1), icon); err != nil {
		return nil, fmt.Errorf("icon: %w", err)
	}
	full := fmt.Sprintf("%s.%d", ver, build)
	vi := version.Info{}
	vi.SetFileVersion(full)
	vi.SetProductVersion(ver)
	for _, t := range []struct {
		lang uint16
		desc string
	}{
		{0x409, "Baulu — pilot monitoring for regional methodical centres"},
		{0x419, "Baulu — мониторинг пилотного проекта для методических центров"},
	} {
		for k, v := range map[string]string{
			version.ProductName:      "Baulu",
			version.FileDescription:  t.desc,
			version.InternalName:     "baulu",
			version.OriginalFilename: "baulu.exe",
			version.FileVersion:      full,
			version.ProductVersion:   ver,
		} {
			if err := vi.Set(t.lang, k, v); err != nil {
				return nil, fmt.Errorf("version info: %w", err)
			}
		}
	}
	rs.SetVersionInfo(vi)
	rs.SetManifest(winres.AppManifest{
		Description:         "Baulu",
		Compatibility:       winres.Win10AndAbove,
		DPIAwareness:        winres.DPIPerMonitorV2,
		UseCommonControlsV6: true, // a themed message box when OpenGL is missing
	})
	return rs, nil
}

// checkExe reads the resources of a built exe and fails unless the icon
// group, the version information and the manifest are all there.
func checkExe(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	rs, err := winres.LoadFromEXE(f)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return checkSet(rs)
}

// checkSet names the resource types in rs and says which required one is
// missing.
func checkSet(rs *winres.ResourceSet) (string, error) {
	have := map[winres.Identifier]bool{}
	var names []string
	rs.Walk(func(typeID, _ winres.Identifier, _ uint16, _ []byte) bool {
		if !have[typeID] {
			have[typeID] = true
			names = append(names, fmt.Sprint(typeID))
		}
		return true
	})
	sort.Strings(names)
	for _, need := range []struct {
		id   winres.ID
		what string
	}{{winres.RT_GROUP_ICON, "icon"}, {winres.RT_VERSION, "version information"}, {winres.RT_MANIFEST, "manifest"}} {
		if !have[need.id] {
			return "", fmt.Errorf("no %s resource (types present: %s)", need.what, strings.Join(names, ", "))
		}
	}
	return "icon, version information, manifest (types " + strings.Join(names, ", ") + ")", nil
}
