# verbatim.mk: convert a tree of raw PV text with `make -j`.
#
# Include it from your Makefile after setting where things are:
#
#   VERBATIM_IN    := records             # searched recursively for *.txt
#   VERBATIM_OUT   := out                 # the outputs (AKN, EPUB, TEI)
#   VERBATIM_FLAGS := --to akn,epub       # any `verbatim convert` options
#   include /usr/local/share/verbatim/verbatim.mk
#   all: verbatim
#
# then `make -j8`. Each record is one make job (verbatim runs with -j 1;
# make decides the parallelism). Outputs are named from the record's symbol,
# which make cannot know in advance, so each input has a target of its own
# named after the input: its report, $(VERBATIM_OUT)/reports/PATH.report.json.
# make converts an input again when it, or its sidecar (PATH.meta.json), is
# newer than its report. A failed conversion leaves no
# report, so that the next `make` tries it again. `make verbatim-clean`
# removes the reports (not the outputs: their names come from the records).
#
# Names with spaces are beyond make; give verbatim such files directly
# (`verbatim convert DIR -o OUT` does the same job in one process).

VERBATIM       ?= verbatim
VERBATIM_IN    ?= .
VERBATIM_OUT   ?= out
VERBATIM_FLAGS ?=

VERBATIM_INPUTS  := $(shell find $(VERBATIM_IN) -name '.*' -prune -o -type f -name '*.txt' -print)
VERBATIM_REPORTS := $(patsubst $(VERBATIM_IN)/%.txt,$(VERBATIM_OUT)/reports/%.report.json,$(VERBATIM_INPUTS))
VERBATIM_SIDECARS := $(shell find $(VERBATIM_IN) -name '.*' -prune -o -type f -name '*.meta.json' -print)


.PHONY: verbatim verbatim-clean
verbatim: $(VERBATIM_REPORTS)

$(VERBATIM_OUT)/reports/%.report.json: $(VERBATIM_IN)/%.txt
	@mkdir -p $(@D)
	$(VERBATIM) convert $< -o $(VERBATIM_OUT) -j 1 -q $(VERBATIM_FLAGS) --report $@ || { rm -f $@; exit 1; }

verbatim-clean:
	rm -rf $(VERBATIM_OUT)/reports

# A record's sidecar is a prerequisite of its report too.
$(foreach sidecar,$(VERBATIM_SIDECARS),$(eval \
  $(patsubst $(VERBATIM_IN)/%.meta.json,$(VERBATIM_OUT)/reports/%.report.json,$(sidecar)): $(sidecar)))

