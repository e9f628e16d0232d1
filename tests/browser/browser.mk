# browser.mk - `make browser-test`: the HTML report rendered in headless Chromium
# (tests/browser/run.sh), on the sample corpus's report made by build/tenor and on the unit
# test's fixture page, whose data strings try to break out of the HTML. The screenshot is
# build/report-screenshot.png. Included from the Makefile.

.PHONY: browser-test

browser-test: build/tenor build/libtenor.a build/tests/test_write_html
	@mkdir -p build/browser
	@TENOR_HTML_OUT=build/browser/fixture.html build/tests/test_write_html \
		>build/browser/fixture.log 2>&1 || { cat build/browser/fixture.log; exit 1; }
	@sh tests/browser/run.sh build/tenor --html build/browser/fixture.html
