# Convenience targets; README's two commands do not need make.
.PHONY: run test vet build screenshots

run:
	sh scripts/run.sh

test:
	sh scripts/test.sh

vet:
	go vet ./...

build:
	go build -trimpath -o baulu ./cmd/baulu

screenshots: build
	./baulu screenshots --db /tmp/baulu-screens.db --out screens --lang kk,ru,en
