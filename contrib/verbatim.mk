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

# Values as written, without what a comment on their line left ("archive   # …"
# keeps the spaces before the "#") and without a final slash.
verbatim_in  := $(patsubst %/,%,$(strip $(VERBATIM_IN)))
verbatim_out := $(patsubst %/,%,$(strip $(VERBATIM_OUT)))

# -L: the tree, and directories in it, may be links (as `verbatim convert DIR`
# follows them; find warns of a loop and goes on); -mindepth 1: "." is no
# hidden entry.
verbatim_find = $(shell find -L $(verbatim_in) -mindepth 1 -name '.*' -prune -o -type f -name '$(1)' -print)
VERBATIM_INPUTS  := $(call verbatim_find,*.txt)
VERBATIM_REPORTS := $(patsubst $(verbatim_in)/%.txt,$(verbatim_out)/reports/%.report.json,$(VERBATIM_INPUTS))
VERBATIM_SIDECARS := $(call verbatim_find,*.meta.json)

.PHONY: verbatim verbatim-clean
# Nothing to convert is an error, as it is for `verbatim convert`: a mistyped
# tree must not pass for an archive converted.
verbatim: $(VERBATIM_REPORTS)
	@[ $(words $(VERBATIM_INPUTS)) -gt 0 ] || { echo "verbatim.mk: no *.txt record under '$(verbatim_in)'" >&2; exit 2; }

# A failed conversion keeps verbatim's exit code (README: 1 rejected, 2 usage,
# 3 validation, 4 input/output) and leaves no report. The report is written
# aside and moved in once the conversion succeeded: interrupted (Ctrl-C),
# verbatim still writes its report as it stops, after make and the shell are
# gone, and that report must not pass for the record converted.
$(verbatim_out)/reports/%.report.json: $(verbatim_in)/%.txt
	@mkdir -p $(@D)
	$(VERBATIM) convert $< -o $(verbatim_out) -j 1 -q $(VERBATIM_FLAGS) --report $@.part || { status=$$?; rm -f $@.part; exit $$status; }
	@mv -f $@.part $@

verbatim-clean:
	rm -rf $(verbatim_out)/reports

# A record's sidecar is a prerequisite of its report too.
$(foreach sidecar,$(VERBATIM_SIDECARS),$(eval \
  $(patsubst $(verbatim_in)/%.meta.json,$(verbatim_out)/reports/%.report.json,$(sidecar)): $(sidecar)))
