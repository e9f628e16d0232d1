# browser.mk - `make browser-test`: the HTML report rendered in headless Chromium
# (tests/browser/run.sh), on the sample corpus's report made by build/tenor and on the unit
# test's fixture page, whose data strings try to break out of the HTML. The screenshot is
# build/report-screenshot.png. Included from the Makefile; everything is in its build
# directory $(B) (build-san with SAN=1).

.PHONY: browser-test

browser-test: $(B)/tenor $(B)/libtenor.a $(B)/tests/test_write_html
	@mkdir -p $(B)/browser
	@TENOR_HTML_OUT=$(B)/browser/fixture.html $(B)/tests/test_write_html \
		>$(B)/browser/fixture.log 2>&1 || { cat $(B)/browser/fixture.log; exit 1; }
	@BUILD_DIR=$(B) sh tests/browser/run.sh $(B)/tenor --html $(B)/browser/fixture.html
