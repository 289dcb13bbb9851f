// Package seeds owns Baulu's embedded reference data: the 20 regions and the
// 100 kindergartens of the pilot order (parsed from an embedded copy of its
// Kazakh text), ownership forms, the eight default directions, the default
// indicator framework and result levels, the environment checklist and the
// default monitoring rounds — each with Kazakh, Russian and English names.
//
// Everything here is read-only defaults: the functions return copies, and
// the data layer stores what users edit. The package depends on nothing else
// in the repository.
package seeds
