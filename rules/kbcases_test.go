package rules

import "testing"

// TestKnowledgeCases checks title mentions at dates drawn from the embedded
// knowledge, across countries and offices: a right title in mid-term, the
// first and last day of a term, "former" while in office, "-elect" after
// the start, a title after the term ended or before it began, and the hand
// cases below (inauguration day, acting periods, a pope who died in office,
// look-alike offices, name variants). The verdict is the rule expected, or
// "" for no finding at the default threshold.
//
// The generated rows were made from the knowledge's terms by rule (for
// each term: its midpoint, first and last day, 90 days after its end, 60
// days before a first term), not from the checker's output.
func TestKnowledgeCases(t *testing.T) {
	k := defaultKB(t)
	tests := []struct {
		sentence, day string
		want          string
	}{
		{"U.S. President William Jefferson Clinton said on Monday that the talks would go on.", "1997-01-20", ""},                                        // mid-term
		{"Former U.S. President William Jefferson Clinton said on Monday that the talks would go on.", "1997-01-20", "title/former-in-office"},           // former while in office
		{"U.S. President-elect William Jefferson Clinton said on Monday that the talks would go on.", "1997-01-20", "title/elect-after-start"},           // -elect after the start
		{"U.S. President William Jefferson Clinton took office.", "1993-01-20", ""},                                                                      // first day of the term
		{"U.S. President William Jefferson Clinton left office.", "2001-01-20", ""},                                                                      // last day of the term
		{"U.S. President William Jefferson Clinton said on Monday that the talks would go on.", "2001-04-20", "title/not-in-office"},                     // after the term ended
		{"Former U.S. President William Jefferson Clinton said on Monday that the talks would go on.", "2001-04-20", ""},                                 // former after the term
		{"U.S. President William Jefferson Clinton said on Monday that the talks would go on.", "1992-11-21", "title/not-yet-in-office"},                 // before the term began
		{"U.S. President George Walker Bush said on Monday that the talks would go on.", "2005-01-20", ""},                                               // mid-term
		{"Former U.S. President George Walker Bush said on Monday that the talks would go on.", "2005-01-20", "title/former-in-office"},                  // former while in office
		{"U.S. President-elect George Walker Bush said on Monday that the talks would go on.", "2005-01-20", "title/elect-after-start"},                  // -elect after the start
		{"U.S. President George Walker Bush took office.", "2001-01-20", ""},                                                                             // first day of the term
		{"U.S. President George Walker Bush left office.", "2009-01-20", ""},                                                                             // last day of the term
		{"U.S. President George Walker Bush said on Monday that the talks would go on.", "2009-04-20", "title/not-in-office"},                            // after the term ended
		{"Former U.S. President George Walker Bush said on Monday that the talks would go on.", "2009-04-20", ""},                                        // former after the term
		{"U.S. President George Walker Bush said on Monday that the talks would go on.", "2000-11-21", "title/not-yet-in-office"},                        // before the term began
		{"U.S. President Barack Hussein Obama said on Monday that the talks would go on.", "2013-01-20", ""},                                             // mid-term
		{"Former U.S. President Barack Hussein Obama said on Monday that the talks would go on.", "2013-01-20", "title/former-in-office"},                // former while in office
		{"U.S. President-elect Barack Hussein Obama said on Monday that the talks would go on.", "2013-01-20", "title/elect-after-start"},                // -elect after the start
		{"U.S. President Barack Hussein Obama took office.", "2009-01-20", ""},                                                                           // first day of the term
		{"U.S. President Barack Hussein Obama left office.", "2017-01-20", ""},                                                                           // last day of the term
		{"U.S. President Barack Hussein Obama said on Monday that the talks would go on.", "2017-04-20", "title/not-in-office"},                          // after the term ended
		{"Former U.S. President Barack Hussein Obama said on Monday that the talks would go on.", "2017-04-20", ""},                                      // former after the term
		{"U.S. President Barack Hussein Obama said on Monday that the talks would go on.", "2008-11-21", "title/not-yet-in-office"},                      // before the term began
		{"U.S. President Donald J. Trump said on Monday that the talks would go on.", "2019-01-20", ""},                                                  // mid-term
		{"Former U.S. President Donald J. Trump said on Monday that the talks would go on.", "2019-01-20", "title/former-in-office"},                     // former while in office
		{"U.S. President-elect Donald J. Trump said on Monday that the talks would go on.", "2019-01-20", "title/elect-after-start"},                     // -elect after the start
		{"U.S. President Donald J. Trump took office.", "2017-01-20", ""},                                                                                // first day of the term
		{"U.S. President Donald J. Trump left office.", "2021-01-20", ""},                                                                                // last day of the term
		{"U.S. President Donald J. Trump said on Monday that the talks would go on.", "2021-04-20", "title/not-in-office"},                               // after the term ended
		{"Former U.S. President Donald J. Trump said on Monday that the talks would go on.", "2021-04-20", ""},                                           // former after the term
		{"U.S. President Donald J. Trump said on Monday that the talks would go on.", "2016-11-21", "title/not-yet-in-office"},                           // before the term began
		{"U.S. President Joseph Robinette Biden Jr. said on Monday that the talks would go on.", "2023-01-20", ""},                                       // mid-term
		{"Former U.S. President Joseph Robinette Biden Jr. said on Monday that the talks would go on.", "2023-01-20", "title/former-in-office"},          // former while in office
		{"U.S. President-elect Joseph Robinette Biden Jr. said on Monday that the talks would go on.", "2023-01-20", "title/elect-after-start"},          // -elect after the start
		{"U.S. President Joseph Robinette Biden Jr. took office.", "2021-01-20", ""},                                                                     // first day of the term
		{"U.S. President Joseph Robinette Biden Jr. left office.", "2025-01-20", ""},                                                                     // last day of the term
		{"U.S. President Joseph Robinette Biden Jr. said on Monday that the talks would go on.", "2025-04-20", "title/not-in-office"},                    // after the term ended
		{"Former U.S. President Joseph Robinette Biden Jr. said on Monday that the talks would go on.", "2025-04-20", ""},                                // former after the term
		{"U.S. President Joseph Robinette Biden Jr. said on Monday that the talks would go on.", "2020-11-21", "title/not-yet-in-office"},                // before the term began
		{"U.S. President Donald J. Trump said on Monday that the talks would go on.", "2025-11-24", ""},                                                  // mid-term
		{"Former U.S. President Donald J. Trump said on Monday that the talks would go on.", "2025-11-24", "title/former-in-office"},                     // former while in office
		{"U.S. President-elect Donald J. Trump said on Monday that the talks would go on.", "2025-11-24", "title/elect-after-start"},                     // -elect after the start
		{"U.S. President Donald J. Trump took office.", "2025-01-20", ""},                                                                                // first day of the term
		{"U.S. Vice President Albert Arnold Gore Jr. said on Monday that the talks would go on.", "1997-01-20", ""},                                      // mid-term
		{"Former U.S. Vice President Albert Arnold Gore Jr. said on Monday that the talks would go on.", "1997-01-20", "title/former-in-office"},         // former while in office
		{"U.S. Vice President-elect Albert Arnold Gore Jr. said on Monday that the talks would go on.", "1997-01-20", "title/elect-after-start"},         // -elect after the start
		{"U.S. Vice President Albert Arnold Gore Jr. took office.", "1993-01-20", ""},                                                                    // first day of the term
		{"U.S. Vice President Albert Arnold Gore Jr. left office.", "2001-01-20", ""},                                                                    // last day of the term
		{"U.S. Vice President Albert Arnold Gore Jr. said on Monday that the talks would go on.", "2001-04-20", "title/not-in-office"},                   // after the term ended
		{"Former U.S. Vice President Albert Arnold Gore Jr. said on Monday that the talks would go on.", "2001-04-20", ""},                               // former after the term
		{"U.S. Vice President Albert Arnold Gore Jr. said on Monday that the talks would go on.", "1992-11-21", "title/not-yet-in-office"},               // before the term began
		{"U.S. Vice President Richard Bruce Cheney said on Monday that the talks would go on.", "2005-01-20", ""},                                        // mid-term
		{"Former U.S. Vice President Richard Bruce Cheney said on Monday that the talks would go on.", "2005-01-20", "title/former-in-office"},           // former while in office
		{"U.S. Vice President-elect Richard Bruce Cheney said on Monday that the talks would go on.", "2005-01-20", "title/elect-after-start"},           // -elect after the start
		{"U.S. Vice President Richard Bruce Cheney took office.", "2001-01-20", ""},                                                                      // first day of the term
		{"U.S. Vice President Richard Bruce Cheney left office.", "2009-01-20", ""},                                                                      // last day of the term
		{"U.S. Vice President Richard Bruce Cheney said on Monday that the talks would go on.", "2009-04-20", "title/not-in-office"},                     // after the term ended
		{"Former U.S. Vice President Richard Bruce Cheney said on Monday that the talks would go on.", "2009-04-20", ""},                                 // former after the term
		{"U.S. Vice President Richard Bruce Cheney said on Monday that the talks would go on.", "2000-11-21", "title/not-yet-in-office"},                 // before the term began
		{"U.S. Vice President Joseph Robinette Biden Jr. said on Monday that the talks would go on.", "2013-01-20", ""},                                  // mid-term
		{"Former U.S. Vice President Joseph Robinette Biden Jr. said on Monday that the talks would go on.", "2013-01-20", "title/former-in-office"},     // former while in office
		{"U.S. Vice President-elect Joseph Robinette Biden Jr. said on Monday that the talks would go on.", "2013-01-20", "title/elect-after-start"},     // -elect after the start
		{"U.S. Vice President Joseph Robinette Biden Jr. took office.", "2009-01-20", ""},                                                                // first day of the term
		{"U.S. Vice President Joseph Robinette Biden Jr. left office.", "2017-01-20", ""},                                                                // last day of the term
		{"U.S. Vice President Joseph Robinette Biden Jr. said on Monday that the talks would go on.", "2017-04-20", "title/not-in-office"},               // after the term ended
		{"Former U.S. Vice President Joseph Robinette Biden Jr. said on Monday that the talks would go on.", "2017-04-20", ""},                           // former after the term
		{"U.S. Vice President Joseph Robinette Biden Jr. said on Monday that the talks would go on.", "2008-11-21", "title/not-yet-in-office"},           // before the term began
		{"U.S. Vice President Mike Pence said on Monday that the talks would go on.", "2019-01-20", ""},                                                  // mid-term
		{"Former U.S. Vice President Mike Pence said on Monday that the talks would go on.", "2019-01-20", "title/former-in-office"},                     // former while in office
		{"U.S. Vice President-elect Mike Pence said on Monday that the talks would go on.", "2019-01-20", "title/elect-after-start"},                     // -elect after the start
		{"U.S. Vice President Mike Pence took office.", "2017-01-20", ""},                                                                                // first day of the term
		{"U.S. Vice President Mike Pence left office.", "2021-01-20", ""},                                                                                // last day of the term
		{"U.S. Vice President Mike Pence said on Monday that the talks would go on.", "2021-04-20", "title/not-in-office"},                               // after the term ended
		{"Former U.S. Vice President Mike Pence said on Monday that the talks would go on.", "2021-04-20", ""},                                           // former after the term
		{"U.S. Vice President Mike Pence said on Monday that the talks would go on.", "2016-11-21", "title/not-yet-in-office"},                           // before the term began
		{"U.S. Vice President Kamala D. Harris said on Monday that the talks would go on.", "2023-01-20", ""},                                            // mid-term
		{"Former U.S. Vice President Kamala D. Harris said on Monday that the talks would go on.", "2023-01-20", "title/former-in-office"},               // former while in office
		{"U.S. Vice President-elect Kamala D. Harris said on Monday that the talks would go on.", "2023-01-20", "title/elect-after-start"},               // -elect after the start
		{"U.S. Vice President Kamala D. Harris took office.", "2021-01-20", ""},                                                                          // first day of the term
		{"U.S. Vice President Kamala D. Harris left office.", "2025-01-20", ""},                                                                          // last day of the term
		{"U.S. Vice President Kamala D. Harris said on Monday that the talks would go on.", "2025-04-20", "title/not-in-office"},                         // after the term ended
		{"Former U.S. Vice President Kamala D. Harris said on Monday that the talks would go on.", "2025-04-20", ""},                                     // former after the term
		{"U.S. Vice President Kamala D. Harris said on Monday that the talks would go on.", "2020-11-21", "title/not-yet-in-office"},                     // before the term began
		{"U.S. Vice President James David Vance said on Monday that the talks would go on.", "2025-11-24", ""},                                           // mid-term
		{"Former U.S. Vice President James David Vance said on Monday that the talks would go on.", "2025-11-24", "title/former-in-office"},              // former while in office
		{"U.S. Vice President-elect James David Vance said on Monday that the talks would go on.", "2025-11-24", "title/elect-after-start"},              // -elect after the start
		{"U.S. Vice President James David Vance took office.", "2025-01-20", ""},                                                                         // first day of the term
		{"U.S. Vice President James David Vance said on Monday that the talks would go on.", "2024-11-21", "title/not-yet-in-office"},                    // before the term began
		{"U.S. Secretary of State Hillary Clinton said on Monday that the talks would go on.", "2011-01-27", ""},                                         // mid-term
		{"Former U.S. Secretary of State Hillary Clinton said on Monday that the talks would go on.", "2011-01-27", "title/former-in-office"},            // former while in office
		{"U.S. Secretary of State-elect Hillary Clinton said on Monday that the talks would go on.", "2011-01-27", "title/elect-after-start"},            // -elect after the start
		{"U.S. Secretary of State Hillary Clinton took office.", "2009-01-21", ""},                                                                       // first day of the term
		{"U.S. Secretary of State Hillary Clinton left office.", "2013-02-01", ""},                                                                       // last day of the term
		{"U.S. Secretary of State Hillary Clinton said on Monday that the talks would go on.", "2013-05-02", "title/not-in-office"},                      // after the term ended
		{"Former U.S. Secretary of State Hillary Clinton said on Monday that the talks would go on.", "2013-05-02", ""},                                  // former after the term
		{"U.S. Secretary of State John Kerry said on Monday that the talks would go on.", "2015-01-26", ""},                                              // mid-term
		{"Former U.S. Secretary of State John Kerry said on Monday that the talks would go on.", "2015-01-26", "title/former-in-office"},                 // former while in office
		{"U.S. Secretary of State-elect John Kerry said on Monday that the talks would go on.", "2015-01-26", "title/elect-after-start"},                 // -elect after the start
		{"U.S. Secretary of State John Kerry took office.", "2013-02-01", ""},                                                                            // first day of the term
		{"U.S. Secretary of State John Kerry left office.", "2017-01-20", ""},                                                                            // last day of the term
		{"U.S. Secretary of State John Kerry said on Monday that the talks would go on.", "2017-04-20", "title/not-in-office"},                           // after the term ended
		{"Former U.S. Secretary of State John Kerry said on Monday that the talks would go on.", "2017-04-20", ""},                                       // former after the term
		{"U.S. Secretary of State John Kerry said on Monday that the talks would go on.", "2012-12-03", "title/not-yet-in-office"},                       // before the term began
		{"U.S. Secretary of State Rex Tillerson said on Monday that the talks would go on.", "2017-08-31", ""},                                           // mid-term
		{"Former U.S. Secretary of State Rex Tillerson said on Monday that the talks would go on.", "2017-08-31", "title/former-in-office"},              // former while in office
		{"U.S. Secretary of State-elect Rex Tillerson said on Monday that the talks would go on.", "2017-08-31", "title/elect-after-start"},              // -elect after the start
		{"U.S. Secretary of State Rex Tillerson took office.", "2017-02-01", ""},                                                                         // first day of the term
		{"U.S. Secretary of State Rex Tillerson left office.", "2018-03-31", ""},                                                                         // last day of the term
		{"U.S. Secretary of State Rex Tillerson said on Monday that the talks would go on.", "2018-06-29", "title/not-in-office"},                        // after the term ended
		{"Former U.S. Secretary of State Rex Tillerson said on Monday that the talks would go on.", "2018-06-29", ""},                                    // former after the term
		{"U.S. Secretary of State Rex Tillerson said on Monday that the talks would go on.", "2016-12-03", "title/not-yet-in-office"},                    // before the term began
		{"U.S. Secretary of State Mike Pompeo said on Monday that the talks would go on.", "2019-09-08", ""},                                             // mid-term
		{"Former U.S. Secretary of State Mike Pompeo said on Monday that the talks would go on.", "2019-09-08", "title/former-in-office"},                // former while in office
		{"U.S. Secretary of State-elect Mike Pompeo said on Monday that the talks would go on.", "2019-09-08", "title/elect-after-start"},                // -elect after the start
		{"U.S. Secretary of State Mike Pompeo took office.", "2018-04-26", ""},                                                                           // first day of the term
		{"U.S. Secretary of State Mike Pompeo left office.", "2021-01-20", ""},                                                                           // last day of the term
		{"U.S. Secretary of State Mike Pompeo said on Monday that the talks would go on.", "2021-04-20", "title/not-in-office"},                          // after the term ended
		{"Former U.S. Secretary of State Mike Pompeo said on Monday that the talks would go on.", "2021-04-20", ""},                                      // former after the term
		{"U.S. Secretary of State Mike Pompeo said on Monday that the talks would go on.", "2018-02-25", "title/not-yet-in-office"},                      // before the term began
		{"U.S. Secretary of State Antony Blinken said on Monday that the talks would go on.", "2023-01-23", ""},                                          // mid-term
		{"Former U.S. Secretary of State Antony Blinken said on Monday that the talks would go on.", "2023-01-23", "title/former-in-office"},             // former while in office
		{"U.S. Secretary of State-elect Antony Blinken said on Monday that the talks would go on.", "2023-01-23", "title/elect-after-start"},             // -elect after the start
		{"U.S. Secretary of State Antony Blinken took office.", "2021-01-26", ""},                                                                        // first day of the term
		{"U.S. Secretary of State Antony Blinken left office.", "2025-01-20", ""},                                                                        // last day of the term
		{"U.S. Secretary of State Antony Blinken said on Monday that the talks would go on.", "2025-04-20", "title/not-in-office"},                       // after the term ended
		{"Former U.S. Secretary of State Antony Blinken said on Monday that the talks would go on.", "2025-04-20", ""},                                   // former after the term
		{"U.S. Secretary of State Antony Blinken said on Monday that the talks would go on.", "2020-11-27", "title/not-yet-in-office"},                   // before the term began
		{"U.S. Secretary of State Marco Rubio said on Monday that the talks would go on.", "2025-11-24", ""},                                             // mid-term
		{"Former U.S. Secretary of State Marco Rubio said on Monday that the talks would go on.", "2025-11-24", "title/former-in-office"},                // former while in office
		{"U.S. Secretary of State-elect Marco Rubio said on Monday that the talks would go on.", "2025-11-24", "title/elect-after-start"},                // -elect after the start
		{"U.S. Secretary of State Marco Rubio took office.", "2025-01-21", ""},                                                                           // first day of the term
		{"U.S. Secretary of State Marco Rubio said on Monday that the talks would go on.", "2024-11-22", "title/not-yet-in-office"},                      // before the term began
		{"U.S. Defense Secretary Robert Gates said on Monday that the talks would go on.", "2009-03-24", ""},                                             // mid-term
		{"Former U.S. Defense Secretary Robert Gates said on Monday that the talks would go on.", "2009-03-24", "title/former-in-office"},                // former while in office
		{"U.S. Defense Secretary-elect Robert Gates said on Monday that the talks would go on.", "2009-03-24", "title/elect-after-start"},                // -elect after the start
		{"U.S. Defense Secretary Robert Gates took office.", "2006-12-18", ""},                                                                           // first day of the term
		{"U.S. Defense Secretary Robert Gates left office.", "2011-06-30", ""},                                                                           // last day of the term
		{"U.S. Defense Secretary Robert Gates said on Monday that the talks would go on.", "2011-09-28", "title/not-in-office"},                          // after the term ended
		{"Former U.S. Defense Secretary Robert Gates said on Monday that the talks would go on.", "2011-09-28", ""},                                      // former after the term
		{"U.S. Defense Secretary Leon Panetta said on Monday that the talks would go on.", "2012-04-29", ""},                                             // mid-term
		{"Former U.S. Defense Secretary Leon Panetta said on Monday that the talks would go on.", "2012-04-29", "title/former-in-office"},                // former while in office
		{"U.S. Defense Secretary-elect Leon Panetta said on Monday that the talks would go on.", "2012-04-29", "title/elect-after-start"},                // -elect after the start
		{"U.S. Defense Secretary Leon Panetta took office.", "2011-07-01", ""},                                                                           // first day of the term
		{"U.S. Defense Secretary Leon Panetta left office.", "2013-02-26", ""},                                                                           // last day of the term
		{"U.S. Defense Secretary Leon Panetta said on Monday that the talks would go on.", "2013-05-27", "title/not-in-office"},                          // after the term ended
		{"Former U.S. Defense Secretary Leon Panetta said on Monday that the talks would go on.", "2013-05-27", ""},                                      // former after the term
		{"U.S. Defense Secretary Leon Panetta said on Monday that the talks would go on.", "2011-05-02", "title/not-yet-in-office"},                      // before the term began
		{"U.S. Defense Secretary Chuck Hagel said on Monday that the talks would go on.", "2014-02-22", ""},                                              // mid-term
		{"Former U.S. Defense Secretary Chuck Hagel said on Monday that the talks would go on.", "2014-02-22", "title/former-in-office"},                 // former while in office
		{"U.S. Defense Secretary-elect Chuck Hagel said on Monday that the talks would go on.", "2014-02-22", "title/elect-after-start"},                 // -elect after the start
		{"U.S. Defense Secretary Chuck Hagel took office.", "2013-02-27", ""},                                                                            // first day of the term
		{"U.S. Defense Secretary Chuck Hagel left office.", "2015-02-17", ""},                                                                            // last day of the term
		{"U.S. Defense Secretary Chuck Hagel said on Monday that the talks would go on.", "2015-05-18", "title/not-in-office"},                           // after the term ended
		{"Former U.S. Defense Secretary Chuck Hagel said on Monday that the talks would go on.", "2015-05-18", ""},                                       // former after the term
		{"U.S. Defense Secretary Chuck Hagel said on Monday that the talks would go on.", "2012-12-29", "title/not-yet-in-office"},                       // before the term began
		{"U.S. Defense Secretary Ash Carter said on Monday that the talks would go on.", "2016-02-03", ""},                                               // mid-term
		{"Former U.S. Defense Secretary Ash Carter said on Monday that the talks would go on.", "2016-02-03", "title/former-in-office"},                  // former while in office
		{"U.S. Defense Secretary-elect Ash Carter said on Monday that the talks would go on.", "2016-02-03", "title/elect-after-start"},                  // -elect after the start
		{"U.S. Defense Secretary Ash Carter took office.", "2015-02-17", ""},                                                                             // first day of the term
		{"U.S. Defense Secretary Ash Carter left office.", "2017-01-20", ""},                                                                             // last day of the term
		{"U.S. Defense Secretary Ash Carter said on Monday that the talks would go on.", "2017-04-20", "title/not-in-office"},                            // after the term ended
		{"Former U.S. Defense Secretary Ash Carter said on Monday that the talks would go on.", "2017-04-20", ""},                                        // former after the term
		{"U.S. Defense Secretary Ash Carter said on Monday that the talks would go on.", "2014-12-19", "title/not-yet-in-office"},                        // before the term began
		{"U.S. Defense Secretary Jim Mattis said on Monday that the talks would go on.", "2018-01-10", ""},                                               // mid-term
		{"Former U.S. Defense Secretary Jim Mattis said on Monday that the talks would go on.", "2018-01-10", "title/former-in-office"},                  // former while in office
		{"U.S. Defense Secretary-elect Jim Mattis said on Monday that the talks would go on.", "2018-01-10", "title/elect-after-start"},                  // -elect after the start
		{"U.S. Defense Secretary Jim Mattis took office.", "2017-01-20", ""},                                                                             // first day of the term
		{"U.S. Defense Secretary Jim Mattis left office.", "2019-01-01", ""},                                                                             // last day of the term
		{"U.S. Defense Secretary Jim Mattis said on Monday that the talks would go on.", "2016-11-21", "title/not-yet-in-office"},                        // before the term began
		{"U.S. Defense Secretary Mark Esper said on Monday that the talks would go on.", "2020-03-16", ""},                                               // mid-term
		{"Former U.S. Defense Secretary Mark Esper said on Monday that the talks would go on.", "2020-03-16", "title/former-in-office"},                  // former while in office
		{"U.S. Defense Secretary-elect Mark Esper said on Monday that the talks would go on.", "2020-03-16", "title/elect-after-start"},                  // -elect after the start
		{"U.S. Defense Secretary Mark Esper took office.", "2019-07-23", ""},                                                                             // first day of the term
		{"U.S. Defense Secretary Mark Esper left office.", "2020-11-09", ""},                                                                             // last day of the term
		{"U.S. Defense Secretary Mark Esper said on Monday that the talks would go on.", "2021-02-07", "title/not-in-office"},                            // after the term ended
		{"Former U.S. Defense Secretary Mark Esper said on Monday that the talks would go on.", "2021-02-07", ""},                                        // former after the term
		{"White House press secretary Sean Spicer said on Monday that the talks would go on.", "2017-04-21", ""},                                         // mid-term
		{"Former White House press secretary Sean Spicer said on Monday that the talks would go on.", "2017-04-21", "title/former-in-office"},            // former while in office
		{"White House press secretary-elect Sean Spicer said on Monday that the talks would go on.", "2017-04-21", "title/elect-after-start"},            // -elect after the start
		{"White House press secretary Sean Spicer took office.", "2017-01-20", ""},                                                                       // first day of the term
		{"White House press secretary Sean Spicer left office.", "2017-07-21", ""},                                                                       // last day of the term
		{"White House press secretary Sean Spicer said on Monday that the talks would go on.", "2017-10-19", "title/not-in-office"},                      // after the term ended
		{"Former White House press secretary Sean Spicer said on Monday that the talks would go on.", "2017-10-19", ""},                                  // former after the term
		{"White House press secretary Sarah Huckabee Sanders said on Monday that the talks would go on.", "2018-07-13", ""},                              // mid-term
		{"Former White House press secretary Sarah Huckabee Sanders said on Monday that the talks would go on.", "2018-07-13", "title/former-in-office"}, // former while in office
		{"White House press secretary-elect Sarah Huckabee Sanders said on Monday that the talks would go on.", "2018-07-13", "title/elect-after-start"}, // -elect after the start
		{"White House press secretary Sarah Huckabee Sanders took office.", "2017-07-26", ""},                                                            // first day of the term
		{"White House press secretary Sarah Huckabee Sanders left office.", "2019-07-01", ""},                                                            // last day of the term
		{"White House press secretary Sarah Huckabee Sanders said on Monday that the talks would go on.", "2019-09-29", "title/not-in-office"},           // after the term ended
		{"Former White House press secretary Sarah Huckabee Sanders said on Monday that the talks would go on.", "2019-09-29", ""},                       // former after the term
		{"White House press secretary Sarah Huckabee Sanders said on Monday that the talks would go on.", "2017-05-27", "title/not-yet-in-office"},       // before the term began
		{"White House press secretary Stephanie Grisham said on Monday that the talks would go on.", "2019-11-18", ""},                                   // mid-term
		{"Former White House press secretary Stephanie Grisham said on Monday that the talks would go on.", "2019-11-18", "title/former-in-office"},      // former while in office
		{"White House press secretary-elect Stephanie Grisham said on Monday that the talks would go on.", "2019-11-18", "title/elect-after-start"},      // -elect after the start
		{"White House press secretary Stephanie Grisham took office.", "2019-07-01", ""},                                                                 // first day of the term
		{"White House press secretary Stephanie Grisham left office.", "2020-04-07", ""},                                                                 // last day of the term
		{"White House press secretary Stephanie Grisham said on Monday that the talks would go on.", "2020-07-06", "title/not-in-office"},                // after the term ended
		{"Former White House press secretary Stephanie Grisham said on Monday that the talks would go on.", "2020-07-06", ""},                            // former after the term
		{"White House press secretary Stephanie Grisham said on Monday that the talks would go on.", "2019-05-02", "title/not-yet-in-office"},            // before the term began
		{"White House press secretary Kayleigh McEnany said on Monday that the talks would go on.", "2020-08-29", ""},                                    // mid-term
		{"Former White House press secretary Kayleigh McEnany said on Monday that the talks would go on.", "2020-08-29", "title/former-in-office"},       // former while in office
		{"White House press secretary-elect Kayleigh McEnany said on Monday that the talks would go on.", "2020-08-29", "title/elect-after-start"},       // -elect after the start
		{"White House press secretary Kayleigh McEnany took office.", "2020-04-07", ""},                                                                  // first day of the term
		{"White House press secretary Kayleigh McEnany left office.", "2021-01-20", ""},                                                                  // last day of the term
		{"White House press secretary Kayleigh McEnany said on Monday that the talks would go on.", "2021-04-20", "title/not-in-office"},                 // after the term ended
		{"Former White House press secretary Kayleigh McEnany said on Monday that the talks would go on.", "2021-04-20", ""},                             // former after the term
		{"White House press secretary Kayleigh McEnany said on Monday that the talks would go on.", "2020-02-07", "title/not-yet-in-office"},             // before the term began
		{"White House press secretary Jen Psaki said on Monday that the talks would go on.", "2021-09-16", ""},                                           // mid-term
		{"Former White House press secretary Jen Psaki said on Monday that the talks would go on.", "2021-09-16", "title/former-in-office"},              // former while in office
		{"White House press secretary-elect Jen Psaki said on Monday that the talks would go on.", "2021-09-16", "title/elect-after-start"},              // -elect after the start
		{"White House press secretary Jen Psaki took office.", "2021-01-20", ""},                                                                         // first day of the term
		{"White House press secretary Jen Psaki left office.", "2022-05-13", ""},                                                                         // last day of the term
		{"White House press secretary Jen Psaki said on Monday that the talks would go on.", "2022-08-11", "title/not-in-office"},                        // after the term ended
		{"Former White House press secretary Jen Psaki said on Monday that the talks would go on.", "2022-08-11", ""},                                    // former after the term
		{"White House press secretary Jen Psaki said on Monday that the talks would go on.", "2020-11-21", "title/not-yet-in-office"},                    // before the term began
		{"White House press secretary Karine Jean-Pierre said on Monday that the talks would go on.", "2023-09-16", ""},                                  // mid-term
		{"Former White House press secretary Karine Jean-Pierre said on Monday that the talks would go on.", "2023-09-16", "title/former-in-office"},     // former while in office
		{"White House press secretary-elect Karine Jean-Pierre said on Monday that the talks would go on.", "2023-09-16", "title/elect-after-start"},     // -elect after the start
		{"White House press secretary Karine Jean-Pierre took office.", "2022-05-13", ""},                                                                // first day of the term
		{"White House press secretary Karine Jean-Pierre left office.", "2025-01-20", ""},                                                                // last day of the term
		{"White House press secretary Karine Jean-Pierre said on Monday that the talks would go on.", "2025-04-20", "title/not-in-office"},               // after the term ended
		{"Former White House press secretary Karine Jean-Pierre said on Monday that the talks would go on.", "2025-04-20", ""},                           // former after the term
		{"White House press secretary Karine Jean-Pierre said on Monday that the talks would go on.", "2022-03-14", "title/not-yet-in-office"},           // before the term began
		{"U.S. National Security Adviser Michael Flynn said on Monday that the talks would go on.", "2017-02-01", ""},                                    // mid-term
		{"Former U.S. National Security Adviser Michael Flynn said on Monday that the talks would go on.", "2017-02-01", "title/former-in-office"},       // former while in office
		{"U.S. National Security Adviser-elect Michael Flynn said on Monday that the talks would go on.", "2017-02-01", "title/elect-after-start"},       // -elect after the start
		{"U.S. National Security Adviser Michael Flynn took office.", "2017-01-20", ""},                                                                  // first day of the term
		{"U.S. National Security Adviser Michael Flynn left office.", "2017-02-13", ""},                                                                  // last day of the term
		{"U.S. National Security Adviser Michael Flynn said on Monday that the talks would go on.", "2017-05-14", "title/not-in-office"},                 // after the term ended
		{"Former U.S. National Security Adviser Michael Flynn said on Monday that the talks would go on.", "2017-05-14", ""},                             // former after the term
		{"U.S. National Security Adviser H. R. McMaster said on Monday that the talks would go on.", "2017-09-14", ""},                                   // mid-term
		{"Former U.S. National Security Adviser H. R. McMaster said on Monday that the talks would go on.", "2017-09-14", "title/former-in-office"},      // former while in office
		{"U.S. National Security Adviser-elect H. R. McMaster said on Monday that the talks would go on.", "2017-09-14", "title/elect-after-start"},      // -elect after the start
		{"U.S. National Security Adviser H. R. McMaster took office.", "2017-02-20", ""},                                                                 // first day of the term
		{"U.S. National Security Adviser H. R. McMaster left office.", "2018-04-09", ""},                                                                 // last day of the term
		{"U.S. National Security Adviser H. R. McMaster said on Monday that the talks would go on.", "2018-07-08", "title/not-in-office"},                // after the term ended
		{"Former U.S. National Security Adviser H. R. McMaster said on Monday that the talks would go on.", "2018-07-08", ""},                            // former after the term
		{"U.S. National Security Adviser John Bolton said on Monday that the talks would go on.", "2018-12-24", ""},                                      // mid-term
		{"Former U.S. National Security Adviser John Bolton said on Monday that the talks would go on.", "2018-12-24", "title/former-in-office"},         // former while in office
		{"U.S. National Security Adviser-elect John Bolton said on Monday that the talks would go on.", "2018-12-24", "title/elect-after-start"},         // -elect after the start
		{"U.S. National Security Adviser John Bolton took office.", "2018-04-09", ""},                                                                    // first day of the term
		{"U.S. National Security Adviser John Bolton left office.", "2019-09-10", ""},                                                                    // last day of the term
		{"U.S. National Security Adviser John Bolton said on Monday that the talks would go on.", "2019-12-09", "title/not-in-office"},                   // after the term ended
		{"Former U.S. National Security Adviser John Bolton said on Monday that the talks would go on.", "2019-12-09", ""},                               // former after the term
		{"U.S. National Security Adviser John Bolton said on Monday that the talks would go on.", "2018-02-08", "title/not-yet-in-office"},               // before the term began
		{"U.S. National Security Adviser Robert O'Brien said on Monday that the talks would go on.", "2020-05-20", ""},                                   // mid-term
		{"Former U.S. National Security Adviser Robert O'Brien said on Monday that the talks would go on.", "2020-05-20", "title/former-in-office"},      // former while in office
		{"U.S. National Security Adviser-elect Robert O'Brien said on Monday that the talks would go on.", "2020-05-20", "title/elect-after-start"},      // -elect after the start
		{"U.S. National Security Adviser Robert O'Brien took office.", "2019-09-18", ""},                                                                 // first day of the term
		{"U.S. National Security Adviser Robert O'Brien left office.", "2021-01-20", ""},                                                                 // last day of the term
		{"U.S. National Security Adviser Robert O'Brien said on Monday that the talks would go on.", "2021-04-20", "title/not-in-office"},                // after the term ended
		{"Former U.S. National Security Adviser Robert O'Brien said on Monday that the talks would go on.", "2021-04-20", ""},                            // former after the term
		{"U.S. National Security Adviser Robert O'Brien said on Monday that the talks would go on.", "2019-07-20", "title/not-yet-in-office"},            // before the term began
		{"U.S. National Security Adviser Jake Sullivan said on Monday that the talks would go on.", "2023-01-20", ""},                                    // mid-term
		{"Former U.S. National Security Adviser Jake Sullivan said on Monday that the talks would go on.", "2023-01-20", "title/former-in-office"},       // former while in office
		{"U.S. National Security Adviser-elect Jake Sullivan said on Monday that the talks would go on.", "2023-01-20", "title/elect-after-start"},       // -elect after the start
		{"U.S. National Security Adviser Jake Sullivan took office.", "2021-01-20", ""},                                                                  // first day of the term
		{"U.S. National Security Adviser Jake Sullivan left office.", "2025-01-20", ""},                                                                  // last day of the term
		{"U.S. National Security Adviser Jake Sullivan said on Monday that the talks would go on.", "2025-04-20", "title/not-in-office"},                 // after the term ended
		{"Former U.S. National Security Adviser Jake Sullivan said on Monday that the talks would go on.", "2025-04-20", ""},                             // former after the term
		{"U.S. National Security Adviser Jake Sullivan said on Monday that the talks would go on.", "2020-11-21", "title/not-yet-in-office"},             // before the term began
		{"U.S. National Security Adviser Mike Waltz said on Monday that the talks would go on.", "2025-03-11", ""},                                       // mid-term
		{"Former U.S. National Security Adviser Mike Waltz said on Monday that the talks would go on.", "2025-03-11", "title/former-in-office"},          // former while in office
		{"U.S. National Security Adviser-elect Mike Waltz said on Monday that the talks would go on.", "2025-03-11", "title/elect-after-start"},          // -elect after the start
		{"U.S. National Security Adviser Mike Waltz took office.", "2025-01-20", ""},                                                                     // first day of the term
		{"U.S. National Security Adviser Mike Waltz left office.", "2025-05-01", ""},                                                                     // last day of the term
		{"U.S. National Security Adviser Mike Waltz said on Monday that the talks would go on.", "2024-11-21", "title/not-yet-in-office"},                // before the term began
		{"Russian President Boris Yeltsin said on Monday that the talks would go on.", "1995-10-05", ""},                                                 // mid-term
		{"Former Russian President Boris Yeltsin said on Monday that the talks would go on.", "1995-10-05", "title/former-in-office"},                    // former while in office
		{"Russian President-elect Boris Yeltsin said on Monday that the talks would go on.", "1995-10-05", "title/elect-after-start"},                    // -elect after the start
		{"Russian President Boris Yeltsin took office.", "1991-07-10", ""},                                                                               // first day of the term
		{"Russian President Boris Yeltsin left office.", "1999-12-31", ""},                                                                               // last day of the term
		{"Russian President Boris Yeltsin said on Monday that the talks would go on.", "2000-03-30", "title/not-in-office"},                              // after the term ended
		{"Former Russian President Boris Yeltsin said on Monday that the talks would go on.", "2000-03-30", ""},                                          // former after the term
		{"Russian President Dmitry Medvedev said on Monday that the talks would go on.", "2010-05-07", ""},                                               // mid-term
		{"Former Russian President Dmitry Medvedev said on Monday that the talks would go on.", "2010-05-07", "title/former-in-office"},                  // former while in office
		{"Russian President-elect Dmitry Medvedev said on Monday that the talks would go on.", "2010-05-07", "title/elect-after-start"},                  // -elect after the start
		{"Russian President Dmitry Medvedev took office.", "2008-05-07", ""},                                                                             // first day of the term
		{"Russian President Dmitry Medvedev left office.", "2012-05-07", ""},                                                                             // last day of the term
		{"Russian President Dmitry Medvedev said on Monday that the talks would go on.", "2008-03-08", "title/not-yet-in-office"},                        // before the term began
		{"Russian Prime Minister Boris Yeltsin said on Monday that the talks would go on.", "1992-02-25", ""},                                            // mid-term
		{"Former Russian Prime Minister Boris Yeltsin said on Monday that the talks would go on.", "1992-02-25", "title/former-in-office"},               // former while in office
		{"Russian Prime Minister-elect Boris Yeltsin said on Monday that the talks would go on.", "1992-02-25", "title/elect-after-start"},               // -elect after the start
		{"Russian Prime Minister Boris Yeltsin took office.", "1991-11-06", ""},                                                                          // first day of the term
		{"Russian Prime Minister Boris Yeltsin left office.", "1992-06-15", ""},                                                                          // last day of the term
		{"Russian Prime Minister Viktor Chernomyrdin said on Monday that the talks would go on.", "1995-08-03", ""},                                      // mid-term
		{"Former Russian Prime Minister Viktor Chernomyrdin said on Monday that the talks would go on.", "1995-08-03", "title/former-in-office"},         // former while in office
		{"Russian Prime Minister-elect Viktor Chernomyrdin said on Monday that the talks would go on.", "1995-08-03", "title/elect-after-start"},         // -elect after the start
		{"Russian Prime Minister Viktor Chernomyrdin took office.", "1992-12-14", ""},                                                                    // first day of the term
		{"Russian Prime Minister Viktor Chernomyrdin left office.", "1998-03-23", ""},                                                                    // last day of the term
		{"Russian Prime Minister Viktor Chernomyrdin said on Monday that the talks would go on.", "1998-06-21", "title/not-in-office"},                   // after the term ended
		{"Former Russian Prime Minister Viktor Chernomyrdin said on Monday that the talks would go on.", "1998-06-21", ""},                               // former after the term
		{"Russian Prime Minister Sergei Kiriyenko said on Monday that the talks would go on.", "1998-06-07", ""},                                         // mid-term
		{"Former Russian Prime Minister Sergei Kiriyenko said on Monday that the talks would go on.", "1998-06-07", "title/former-in-office"},            // former while in office
		{"Russian Prime Minister-elect Sergei Kiriyenko said on Monday that the talks would go on.", "1998-06-07", "title/elect-after-start"},            // -elect after the start
		{"Russian Prime Minister Sergei Kiriyenko took office.", "1998-03-23", ""},                                                                       // first day of the term
		{"Russian Prime Minister Sergei Kiriyenko left office.", "1998-08-23", ""},                                                                       // last day of the term
		{"Russian Prime Minister Sergei Kiriyenko said on Monday that the talks would go on.", "1998-11-21", "title/not-in-office"},                      // after the term ended
		{"Former Russian Prime Minister Sergei Kiriyenko said on Monday that the talks would go on.", "1998-11-21", ""},                                  // former after the term
		{"Russian Prime Minister Sergei Kiriyenko said on Monday that the talks would go on.", "1998-01-22", "title/not-yet-in-office"},                  // before the term began
		{"Russian Prime Minister Yevgeny Primakov said on Monday that the talks would go on.", "1999-01-10", ""},                                         // mid-term
		{"Former Russian Prime Minister Yevgeny Primakov said on Monday that the talks would go on.", "1999-01-10", "title/former-in-office"},            // former while in office
		{"Russian Prime Minister-elect Yevgeny Primakov said on Monday that the talks would go on.", "1999-01-10", "title/elect-after-start"},            // -elect after the start
		{"Russian Prime Minister Yevgeny Primakov took office.", "1998-09-11", ""},                                                                       // first day of the term
		{"Russian Prime Minister Yevgeny Primakov left office.", "1999-05-12", ""},                                                                       // last day of the term
		{"Russian Prime Minister Yevgeny Primakov said on Monday that the talks would go on.", "1998-07-13", "title/not-yet-in-office"},                  // before the term began
		{"Russian Prime Minister Sergei Stepashin said on Monday that the talks would go on.", "1999-06-25", ""},                                         // mid-term
		{"Former Russian Prime Minister Sergei Stepashin said on Monday that the talks would go on.", "1999-06-25", "title/former-in-office"},            // former while in office
		{"Russian Prime Minister-elect Sergei Stepashin said on Monday that the talks would go on.", "1999-06-25", "title/elect-after-start"},            // -elect after the start
		{"Russian Prime Minister Sergei Stepashin took office.", "1999-05-12", ""},                                                                       // first day of the term
		{"Russian Prime Minister Sergei Stepashin left office.", "1999-08-09", ""},                                                                       // last day of the term
		{"Russian Prime Minister Sergei Stepashin said on Monday that the talks would go on.", "1999-11-07", "title/not-in-office"},                      // after the term ended
		{"Former Russian Prime Minister Sergei Stepashin said on Monday that the talks would go on.", "1999-11-07", ""},                                  // former after the term
		{"Russian Prime Minister Sergei Stepashin said on Monday that the talks would go on.", "1999-03-13", "title/not-yet-in-office"},                  // before the term began
		{"Russian Prime Minister Mikhail Kasyanov said on Monday that the talks would go on.", "2002-04-01", ""},                                         // mid-term
		{"Former Russian Prime Minister Mikhail Kasyanov said on Monday that the talks would go on.", "2002-04-01", "title/former-in-office"},            // former while in office
		{"Russian Prime Minister-elect Mikhail Kasyanov said on Monday that the talks would go on.", "2002-04-01", "title/elect-after-start"},            // -elect after the start
		{"Russian Prime Minister Mikhail Kasyanov took office.", "2000-05-07", ""},                                                                       // first day of the term
		{"Russian Prime Minister Mikhail Kasyanov left office.", "2004-02-24", ""},                                                                       // last day of the term
		{"Russian Prime Minister Mikhail Kasyanov said on Monday that the talks would go on.", "2004-05-24", "title/not-in-office"},                      // after the term ended
		{"Former Russian Prime Minister Mikhail Kasyanov said on Monday that the talks would go on.", "2004-05-24", ""},                                  // former after the term
		{"Russian Prime Minister Mikhail Kasyanov said on Monday that the talks would go on.", "2000-03-08", "title/not-yet-in-office"},                  // before the term began
		{"British Prime Minister John Major said on Monday that the talks would go on.", "1994-02-13", ""},                                               // mid-term
		{"Former British Prime Minister John Major said on Monday that the talks would go on.", "1994-02-13", "title/former-in-office"},                  // former while in office
		{"British Prime Minister-elect John Major said on Monday that the talks would go on.", "1994-02-13", "title/elect-after-start"},                  // -elect after the start
		{"British Prime Minister John Major took office.", "1990-11-28", ""},                                                                             // first day of the term
		{"British Prime Minister John Major left office.", "1997-05-02", ""},                                                                             // last day of the term
		{"British Prime Minister John Major said on Monday that the talks would go on.", "1997-07-31", "title/not-in-office"},                            // after the term ended
		{"Former British Prime Minister John Major said on Monday that the talks would go on.", "1997-07-31", ""},                                        // former after the term
		{"British Prime Minister Tony Blair said on Monday that the talks would go on.", "2002-05-30", ""},                                               // mid-term
		{"Former British Prime Minister Tony Blair said on Monday that the talks would go on.", "2002-05-30", "title/former-in-office"},                  // former while in office
		{"British Prime Minister-elect Tony Blair said on Monday that the talks would go on.", "2002-05-30", "title/elect-after-start"},                  // -elect after the start
		{"British Prime Minister Tony Blair took office.", "1997-05-02", ""},                                                                             // first day of the term
		{"British Prime Minister Tony Blair left office.", "2007-06-27", ""},                                                                             // last day of the term
		{"British Prime Minister Tony Blair said on Monday that the talks would go on.", "2007-09-25", "title/not-in-office"},                            // after the term ended
		{"Former British Prime Minister Tony Blair said on Monday that the talks would go on.", "2007-09-25", ""},                                        // former after the term
		{"British Prime Minister Tony Blair said on Monday that the talks would go on.", "1997-03-03", "title/not-yet-in-office"},                        // before the term began
		{"British Prime Minister Gordon Brown said on Monday that the talks would go on.", "2008-12-02", ""},                                             // mid-term
		{"Former British Prime Minister Gordon Brown said on Monday that the talks would go on.", "2008-12-02", "title/former-in-office"},                // former while in office
		{"British Prime Minister-elect Gordon Brown said on Monday that the talks would go on.", "2008-12-02", "title/elect-after-start"},                // -elect after the start
		{"British Prime Minister Gordon Brown took office.", "2007-06-27", ""},                                                                           // first day of the term
		{"British Prime Minister Gordon Brown left office.", "2010-05-11", ""},                                                                           // last day of the term
		{"British Prime Minister Gordon Brown said on Monday that the talks would go on.", "2010-08-09", "title/not-in-office"},                          // after the term ended
		{"Former British Prime Minister Gordon Brown said on Monday that the talks would go on.", "2010-08-09", ""},                                      // former after the term
		{"British Prime Minister David Cameron said on Monday that the talks would go on.", "2013-06-11", ""},                                            // mid-term
		{"Former British Prime Minister David Cameron said on Monday that the talks would go on.", "2013-06-11", "title/former-in-office"},               // former while in office
		{"British Prime Minister-elect David Cameron said on Monday that the talks would go on.", "2013-06-11", "title/elect-after-start"},               // -elect after the start
		{"British Prime Minister David Cameron took office.", "2010-05-11", ""},                                                                          // first day of the term
		{"British Prime Minister David Cameron left office.", "2016-07-13", ""},                                                                          // last day of the term
		{"British Prime Minister David Cameron said on Monday that the talks would go on.", "2016-10-11", "title/not-in-office"},                         // after the term ended
		{"Former British Prime Minister David Cameron said on Monday that the talks would go on.", "2016-10-11", ""},                                     // former after the term
		{"British Prime Minister David Cameron said on Monday that the talks would go on.", "2010-03-12", "title/not-yet-in-office"},                     // before the term began
		{"British Prime Minister Theresa May said on Monday that the talks would go on.", "2018-01-17", ""},                                              // mid-term
		{"Former British Prime Minister Theresa May said on Monday that the talks would go on.", "2018-01-17", "title/former-in-office"},                 // former while in office
		{"British Prime Minister-elect Theresa May said on Monday that the talks would go on.", "2018-01-17", "title/elect-after-start"},                 // -elect after the start
		{"British Prime Minister Theresa May took office.", "2016-07-13", ""},                                                                            // first day of the term
		{"British Prime Minister Theresa May left office.", "2019-07-24", ""},                                                                            // last day of the term
		{"British Prime Minister Theresa May said on Monday that the talks would go on.", "2019-10-22", "title/not-in-office"},                           // after the term ended
		{"Former British Prime Minister Theresa May said on Monday that the talks would go on.", "2019-10-22", ""},                                       // former after the term
		{"British Prime Minister Boris Johnson said on Monday that the talks would go on.", "2021-02-13", ""},                                            // mid-term
		{"Former British Prime Minister Boris Johnson said on Monday that the talks would go on.", "2021-02-13", "title/former-in-office"},               // former while in office
		{"British Prime Minister-elect Boris Johnson said on Monday that the talks would go on.", "2021-02-13", "title/elect-after-start"},               // -elect after the start
		{"British Prime Minister Boris Johnson took office.", "2019-07-24", ""},                                                                          // first day of the term
		{"British Prime Minister Boris Johnson left office.", "2022-09-06", ""},                                                                          // last day of the term
		{"British Prime Minister Boris Johnson said on Monday that the talks would go on.", "2022-12-05", "title/not-in-office"},                         // after the term ended
		{"Former British Prime Minister Boris Johnson said on Monday that the talks would go on.", "2022-12-05", ""},                                     // former after the term
		{"British Prime Minister Boris Johnson said on Monday that the talks would go on.", "2019-05-25", "title/not-yet-in-office"},                     // before the term began
		{"UK Foreign Secretary Malcolm Rifkind said on Monday that the talks would go on.", "1996-06-02", ""},                                            // mid-term
		{"Former UK Foreign Secretary Malcolm Rifkind said on Monday that the talks would go on.", "1996-06-02", "title/former-in-office"},               // former while in office
		{"UK Foreign Secretary-elect Malcolm Rifkind said on Monday that the talks would go on.", "1996-06-02", "title/elect-after-start"},               // -elect after the start
		{"UK Foreign Secretary Malcolm Rifkind took office.", "1995-07-05", ""},                                                                          // first day of the term
		{"UK Foreign Secretary Malcolm Rifkind left office.", "1997-05-02", ""},                                                                          // last day of the term
		{"UK Foreign Secretary Malcolm Rifkind said on Monday that the talks would go on.", "1997-07-31", "title/not-in-office"},                         // after the term ended
		{"Former UK Foreign Secretary Malcolm Rifkind said on Monday that the talks would go on.", "1997-07-31", ""},                                     // former after the term
		{"UK Foreign Secretary Robin Cook said on Monday that the talks would go on.", "1999-05-21", ""},                                                 // mid-term
		{"Former UK Foreign Secretary Robin Cook said on Monday that the talks would go on.", "1999-05-21", "title/former-in-office"},                    // former while in office
		{"UK Foreign Secretary-elect Robin Cook said on Monday that the talks would go on.", "1999-05-21", "title/elect-after-start"},                    // -elect after the start
		{"UK Foreign Secretary Robin Cook took office.", "1997-05-02", ""},                                                                               // first day of the term
		{"UK Foreign Secretary Robin Cook left office.", "2001-06-08", ""},                                                                               // last day of the term
		{"UK Foreign Secretary Robin Cook said on Monday that the talks would go on.", "2001-09-06", "title/not-in-office"},                              // after the term ended
		{"Former UK Foreign Secretary Robin Cook said on Monday that the talks would go on.", "2001-09-06", ""},                                          // former after the term
		{"UK Foreign Secretary Robin Cook said on Monday that the talks would go on.", "1997-03-03", "title/not-yet-in-office"},                          // before the term began
		{"UK Foreign Secretary Jack Straw said on Monday that the talks would go on.", "2003-11-21", ""},                                                 // mid-term
		{"Former UK Foreign Secretary Jack Straw said on Monday that the talks would go on.", "2003-11-21", "title/former-in-office"},                    // former while in office
		{"UK Foreign Secretary-elect Jack Straw said on Monday that the talks would go on.", "2003-11-21", "title/elect-after-start"},                    // -elect after the start
		{"UK Foreign Secretary Jack Straw took office.", "2001-06-08", ""},                                                                               // first day of the term
		{"UK Foreign Secretary Jack Straw left office.", "2006-05-05", ""},                                                                               // last day of the term
		{"UK Foreign Secretary Jack Straw said on Monday that the talks would go on.", "2006-08-03", "title/not-in-office"},                              // after the term ended
		{"Former UK Foreign Secretary Jack Straw said on Monday that the talks would go on.", "2006-08-03", ""},                                          // former after the term
		{"UK Foreign Secretary Margaret Beckett said on Monday that the talks would go on.", "2006-11-30", ""},                                           // mid-term
		{"Former UK Foreign Secretary Margaret Beckett said on Monday that the talks would go on.", "2006-11-30", "title/former-in-office"},              // former while in office
		{"UK Foreign Secretary-elect Margaret Beckett said on Monday that the talks would go on.", "2006-11-30", "title/elect-after-start"},              // -elect after the start
		{"UK Foreign Secretary Margaret Beckett took office.", "2006-05-05", ""},                                                                         // first day of the term
		{"UK Foreign Secretary Margaret Beckett left office.", "2007-06-28", ""},                                                                         // last day of the term
		{"UK Foreign Secretary Margaret Beckett said on Monday that the talks would go on.", "2007-09-26", "title/not-in-office"},                        // after the term ended
		{"Former UK Foreign Secretary Margaret Beckett said on Monday that the talks would go on.", "2007-09-26", ""},                                    // former after the term
		{"UK Foreign Secretary Margaret Beckett said on Monday that the talks would go on.", "2006-03-06", "title/not-yet-in-office"},                    // before the term began
		{"UK Foreign Secretary David Miliband said on Monday that the talks would go on.", "2008-12-03", ""},                                             // mid-term
		{"Former UK Foreign Secretary David Miliband said on Monday that the talks would go on.", "2008-12-03", "title/former-in-office"},                // former while in office
		{"UK Foreign Secretary-elect David Miliband said on Monday that the talks would go on.", "2008-12-03", "title/elect-after-start"},                // -elect after the start
		{"UK Foreign Secretary David Miliband took office.", "2007-06-28", ""},                                                                           // first day of the term
		{"UK Foreign Secretary David Miliband left office.", "2010-05-11", ""},                                                                           // last day of the term
		{"UK Foreign Secretary David Miliband said on Monday that the talks would go on.", "2010-08-09", "title/not-in-office"},                          // after the term ended
		{"Former UK Foreign Secretary David Miliband said on Monday that the talks would go on.", "2010-08-09", ""},                                      // former after the term
		{"UK Foreign Secretary David Miliband said on Monday that the talks would go on.", "2007-04-29", "title/not-yet-in-office"},                      // before the term began
		{"UK Foreign Secretary William Hague said on Monday that the talks would go on.", "2012-06-12", ""},                                              // mid-term
		{"Former UK Foreign Secretary William Hague said on Monday that the talks would go on.", "2012-06-12", "title/former-in-office"},                 // former while in office
		{"UK Foreign Secretary-elect William Hague said on Monday that the talks would go on.", "2012-06-12", "title/elect-after-start"},                 // -elect after the start
		{"UK Foreign Secretary William Hague took office.", "2010-05-12", ""},                                                                            // first day of the term
		{"UK Foreign Secretary William Hague left office.", "2014-07-15", ""},                                                                            // last day of the term
		{"UK Foreign Secretary William Hague said on Monday that the talks would go on.", "2014-10-13", "title/not-in-office"},                           // after the term ended
		{"Former UK Foreign Secretary William Hague said on Monday that the talks would go on.", "2014-10-13", ""},                                       // former after the term
		{"UK Foreign Secretary William Hague said on Monday that the talks would go on.", "2010-03-13", "title/not-yet-in-office"},                       // before the term began
		{"German Chancellor Gerhard Schröder said on Monday that the talks would go on.", "2002-05-10", ""},                                              // mid-term
		{"Former German Chancellor Gerhard Schröder said on Monday that the talks would go on.", "2002-05-10", "title/former-in-office"},                 // former while in office
		{"German Chancellor-elect Gerhard Schröder said on Monday that the talks would go on.", "2002-05-10", "title/elect-after-start"},                 // -elect after the start
		{"German Chancellor Gerhard Schröder took office.", "1998-10-27", ""},                                                                            // first day of the term
		{"German Chancellor Gerhard Schröder left office.", "2005-11-22", ""},                                                                            // last day of the term
		{"German Chancellor Gerhard Schröder said on Monday that the talks would go on.", "2006-02-20", "title/not-in-office"},                           // after the term ended
		{"Former German Chancellor Gerhard Schröder said on Monday that the talks would go on.", "2006-02-20", ""},                                       // former after the term
		{"German Chancellor Gerhard Schröder said on Monday that the talks would go on.", "1998-08-28", "title/not-yet-in-office"},                       // before the term began
		{"German Chancellor Angela Merkel said on Monday that the talks would go on.", "2013-11-30", ""},                                                 // mid-term
		{"Former German Chancellor Angela Merkel said on Monday that the talks would go on.", "2013-11-30", "title/former-in-office"},                    // former while in office
		{"German Chancellor-elect Angela Merkel said on Monday that the talks would go on.", "2013-11-30", "title/elect-after-start"},                    // -elect after the start
		{"German Chancellor Angela Merkel took office.", "2005-11-22", ""},                                                                               // first day of the term
		{"German Chancellor Angela Merkel left office.", "2021-12-08", ""},                                                                               // last day of the term
		{"German Chancellor Angela Merkel said on Monday that the talks would go on.", "2022-03-08", "title/not-in-office"},                              // after the term ended
		{"Former German Chancellor Angela Merkel said on Monday that the talks would go on.", "2022-03-08", ""},                                          // former after the term
		{"German Chancellor Angela Merkel said on Monday that the talks would go on.", "2005-09-23", "title/not-yet-in-office"},                          // before the term began
		{"German Chancellor Olaf Scholz said on Monday that the talks would go on.", "2023-08-22", ""},                                                   // mid-term
		{"Former German Chancellor Olaf Scholz said on Monday that the talks would go on.", "2023-08-22", "title/former-in-office"},                      // former while in office
		{"German Chancellor-elect Olaf Scholz said on Monday that the talks would go on.", "2023-08-22", "title/elect-after-start"},                      // -elect after the start
		{"German Chancellor Olaf Scholz took office.", "2021-12-08", ""},                                                                                 // first day of the term
		{"German Chancellor Olaf Scholz left office.", "2025-05-06", ""},                                                                                 // last day of the term
		{"German Chancellor Olaf Scholz said on Monday that the talks would go on.", "2025-08-04", "title/not-in-office"},                                // after the term ended
		{"Former German Chancellor Olaf Scholz said on Monday that the talks would go on.", "2025-08-04", ""},                                            // former after the term
		{"German Chancellor Olaf Scholz said on Monday that the talks would go on.", "2021-10-09", "title/not-yet-in-office"},                            // before the term began
		{"German Chancellor Friedrich Merz said on Monday that the talks would go on.", "2026-01-16", ""},                                                // mid-term
		{"Former German Chancellor Friedrich Merz said on Monday that the talks would go on.", "2026-01-16", "title/former-in-office"},                   // former while in office
		{"German Chancellor-elect Friedrich Merz said on Monday that the talks would go on.", "2026-01-16", "title/elect-after-start"},                   // -elect after the start
		{"German Chancellor Friedrich Merz took office.", "2025-05-06", ""},                                                                              // first day of the term
		{"German Chancellor Friedrich Merz said on Monday that the talks would go on.", "2025-03-07", "title/not-yet-in-office"},                         // before the term began
		{"German President Roman Herzog said on Monday that the talks would go on.", "1996-12-30", ""},                                                   // mid-term
		{"Former German President Roman Herzog said on Monday that the talks would go on.", "1996-12-30", "title/former-in-office"},                      // former while in office
		{"German President-elect Roman Herzog said on Monday that the talks would go on.", "1996-12-30", "title/elect-after-start"},                      // -elect after the start
		{"German President Roman Herzog took office.", "1994-07-01", ""},                                                                                 // first day of the term
		{"German President Roman Herzog left office.", "1999-07-01", ""},                                                                                 // last day of the term
		{"German President Roman Herzog said on Monday that the talks would go on.", "1999-09-29", "title/not-in-office"},                                // after the term ended
		{"Former German President Roman Herzog said on Monday that the talks would go on.", "1999-09-29", ""},                                            // former after the term
		{"German President Roman Herzog said on Monday that the talks would go on.", "1994-05-02", "title/not-yet-in-office"},                            // before the term began
		{"German President Johannes Rau said on Monday that the talks would go on.", "2001-12-30", ""},                                                   // mid-term
		{"Former German President Johannes Rau said on Monday that the talks would go on.", "2001-12-30", "title/former-in-office"},                      // former while in office
		{"German President-elect Johannes Rau said on Monday that the talks would go on.", "2001-12-30", "title/elect-after-start"},                      // -elect after the start
		{"German President Johannes Rau took office.", "1999-07-01", ""},                                                                                 // first day of the term
		{"German President Johannes Rau left office.", "2004-07-01", ""},                                                                                 // last day of the term
		{"German President Johannes Rau said on Monday that the talks would go on.", "2004-09-29", "title/not-in-office"},                                // after the term ended
		{"Former German President Johannes Rau said on Monday that the talks would go on.", "2004-09-29", ""},                                            // former after the term
		{"German President Johannes Rau said on Monday that the talks would go on.", "1999-05-02", "title/not-yet-in-office"},                            // before the term began
		{"German President Horst Köhler said on Monday that the talks would go on.", "2007-06-16", ""},                                                   // mid-term
		{"Former German President Horst Köhler said on Monday that the talks would go on.", "2007-06-16", "title/former-in-office"},                      // former while in office
		{"German President-elect Horst Köhler said on Monday that the talks would go on.", "2007-06-16", "title/elect-after-start"},                      // -elect after the start
		{"German President Horst Köhler took office.", "2004-07-01", ""},                                                                                 // first day of the term
		{"German President Horst Köhler left office.", "2010-05-31", ""},                                                                                 // last day of the term
		{"German President Horst Köhler said on Monday that the talks would go on.", "2010-08-29", "title/not-in-office"},                                // after the term ended
		{"Former German President Horst Köhler said on Monday that the talks would go on.", "2010-08-29", ""},                                            // former after the term
		{"German President Horst Köhler said on Monday that the talks would go on.", "2004-05-02", "title/not-yet-in-office"},                            // before the term began
		{"German President Christian Wulff said on Monday that the talks would go on.", "2011-04-24", ""},                                                // mid-term
		{"Former German President Christian Wulff said on Monday that the talks would go on.", "2011-04-24", "title/former-in-office"},                   // former while in office
		{"German President-elect Christian Wulff said on Monday that the talks would go on.", "2011-04-24", "title/elect-after-start"},                   // -elect after the start
		{"German President Christian Wulff took office.", "2010-06-30", ""},                                                                              // first day of the term
		{"German President Christian Wulff left office.", "2012-02-17", ""},                                                                              // last day of the term
		{"German President Christian Wulff said on Monday that the talks would go on.", "2012-05-17", "title/not-in-office"},                             // after the term ended
		{"Former German President Christian Wulff said on Monday that the talks would go on.", "2012-05-17", ""},                                         // former after the term
		{"German President Christian Wulff said on Monday that the talks would go on.", "2010-05-01", "title/not-yet-in-office"},                         // before the term began
		{"German President Joachim Gauck said on Monday that the talks would go on.", "2014-09-17", ""},                                                  // mid-term
		{"Former German President Joachim Gauck said on Monday that the talks would go on.", "2014-09-17", "title/former-in-office"},                     // former while in office
		{"German President-elect Joachim Gauck said on Monday that the talks would go on.", "2014-09-17", "title/elect-after-start"},                     // -elect after the start
		{"German President Joachim Gauck took office.", "2012-03-18", ""},                                                                                // first day of the term
		{"German President Joachim Gauck left office.", "2017-03-19", ""},                                                                                // last day of the term
		{"German President Joachim Gauck said on Monday that the talks would go on.", "2017-06-17", "title/not-in-office"},                               // after the term ended
		{"Former German President Joachim Gauck said on Monday that the talks would go on.", "2017-06-17", ""},                                           // former after the term
		{"German President Joachim Gauck said on Monday that the talks would go on.", "2012-01-18", "title/not-yet-in-office"},                           // before the term began
		{"German President Frank-Walter Steinmeier said on Monday that the talks would go on.", "2021-12-23", ""},                                        // mid-term
		{"Former German President Frank-Walter Steinmeier said on Monday that the talks would go on.", "2021-12-23", "title/former-in-office"},           // former while in office
		{"German President-elect Frank-Walter Steinmeier said on Monday that the talks would go on.", "2021-12-23", "title/elect-after-start"},           // -elect after the start
		{"German President Frank-Walter Steinmeier took office.", "2017-03-19", ""},                                                                      // first day of the term
		{"German President Frank-Walter Steinmeier said on Monday that the talks would go on.", "2017-01-18", "title/not-yet-in-office"},                 // before the term began
		{"French President Jacques Chirac said on Monday that the talks would go on.", "2001-05-16", ""},                                                 // mid-term
		{"Former French President Jacques Chirac said on Monday that the talks would go on.", "2001-05-16", "title/former-in-office"},                    // former while in office
		{"French President-elect Jacques Chirac said on Monday that the talks would go on.", "2001-05-16", "title/elect-after-start"},                    // -elect after the start
		{"French President Jacques Chirac took office.", "1995-05-17", ""},                                                                               // first day of the term
		{"French President Jacques Chirac left office.", "2007-05-16", ""},                                                                               // last day of the term
		{"French President Jacques Chirac said on Monday that the talks would go on.", "2007-08-14", "title/not-in-office"},                              // after the term ended
		{"Former French President Jacques Chirac said on Monday that the talks would go on.", "2007-08-14", ""},                                          // former after the term
		{"French President Jacques Chirac said on Monday that the talks would go on.", "1995-03-18", "title/not-yet-in-office"},                          // before the term began
		{"French President Nicolas Sarkozy said on Monday that the talks would go on.", "2009-11-14", ""},                                                // mid-term
		{"Former French President Nicolas Sarkozy said on Monday that the talks would go on.", "2009-11-14", "title/former-in-office"},                   // former while in office
		{"French President-elect Nicolas Sarkozy said on Monday that the talks would go on.", "2009-11-14", "title/elect-after-start"},                   // -elect after the start
		{"French President Nicolas Sarkozy took office.", "2007-05-16", ""},                                                                              // first day of the term
		{"French President Nicolas Sarkozy left office.", "2012-05-15", ""},                                                                              // last day of the term
		{"French President Nicolas Sarkozy said on Monday that the talks would go on.", "2012-08-13", "title/not-in-office"},                             // after the term ended
		{"Former French President Nicolas Sarkozy said on Monday that the talks would go on.", "2012-08-13", ""},                                         // former after the term
		{"French President Nicolas Sarkozy said on Monday that the talks would go on.", "2007-03-17", "title/not-yet-in-office"},                         // before the term began
		{"French President François Hollande said on Monday that the talks would go on.", "2014-11-13", ""},                                              // mid-term
		{"Former French President François Hollande said on Monday that the talks would go on.", "2014-11-13", "title/former-in-office"},                 // former while in office
		{"French President-elect François Hollande said on Monday that the talks would go on.", "2014-11-13", "title/elect-after-start"},                 // -elect after the start
		{"French President François Hollande took office.", "2012-05-15", ""},                                                                            // first day of the term
		{"French President François Hollande left office.", "2017-05-14", ""},                                                                            // last day of the term
		{"French President François Hollande said on Monday that the talks would go on.", "2017-08-12", "title/not-in-office"},                           // after the term ended
		{"Former French President François Hollande said on Monday that the talks would go on.", "2017-08-12", ""},                                       // former after the term
		{"French President François Hollande said on Monday that the talks would go on.", "2012-03-16", "title/not-yet-in-office"},                       // before the term began
		{"French President Emmanuel Macron said on Monday that the talks would go on.", "2022-01-20", ""},                                                // mid-term
		{"Former French President Emmanuel Macron said on Monday that the talks would go on.", "2022-01-20", "title/former-in-office"},                   // former while in office
		{"French President-elect Emmanuel Macron said on Monday that the talks would go on.", "2022-01-20", "title/elect-after-start"},                   // -elect after the start
		{"French President Emmanuel Macron took office.", "2017-05-14", ""},                                                                              // first day of the term
		{"French President Emmanuel Macron said on Monday that the talks would go on.", "2017-03-15", "title/not-yet-in-office"},                         // before the term began
		{"French Prime Minister Édith Cresson said on Monday that the talks would go on.", "1991-10-23", ""},                                             // mid-term
		{"Former French Prime Minister Édith Cresson said on Monday that the talks would go on.", "1991-10-23", "title/former-in-office"},                // former while in office
		{"French Prime Minister-elect Édith Cresson said on Monday that the talks would go on.", "1991-10-23", "title/elect-after-start"},                // -elect after the start
		{"French Prime Minister Édith Cresson took office.", "1991-05-15", ""},                                                                           // first day of the term
		{"French Prime Minister Édith Cresson left office.", "1992-04-02", ""},                                                                           // last day of the term
		{"French Prime Minister Édith Cresson said on Monday that the talks would go on.", "1992-07-01", "title/not-in-office"},                          // after the term ended
		{"Former French Prime Minister Édith Cresson said on Monday that the talks would go on.", "1992-07-01", ""},                                      // former after the term
		{"French Prime Minister Édith Cresson said on Monday that the talks would go on.", "1991-03-16", "title/not-yet-in-office"},                      // before the term began
		{"French Prime Minister Pierre Bérégovoy said on Monday that the talks would go on.", "1992-09-29", ""},                                          // mid-term
		{"Former French Prime Minister Pierre Bérégovoy said on Monday that the talks would go on.", "1992-09-29", "title/former-in-office"},             // former while in office
		{"French Prime Minister-elect Pierre Bérégovoy said on Monday that the talks would go on.", "1992-09-29", "title/elect-after-start"},             // -elect after the start
		{"French Prime Minister Pierre Bérégovoy took office.", "1992-04-02", ""},                                                                        // first day of the term
		{"French Prime Minister Pierre Bérégovoy left office.", "1993-03-29", ""},                                                                        // last day of the term
		{"French Prime Minister Pierre Bérégovoy said on Monday that the talks would go on.", "1993-06-27", "title/not-in-office"},                       // after the term ended
		{"Former French Prime Minister Pierre Bérégovoy said on Monday that the talks would go on.", "1993-06-27", ""},                                   // former after the term
		{"French Prime Minister Pierre Bérégovoy said on Monday that the talks would go on.", "1992-02-02", "title/not-yet-in-office"},                   // before the term began
		{"French Prime Minister Édouard Balladur said on Monday that the talks would go on.", "1994-04-22", ""},                                          // mid-term
		{"Former French Prime Minister Édouard Balladur said on Monday that the talks would go on.", "1994-04-22", "title/former-in-office"},             // former while in office
		{"French Prime Minister-elect Édouard Balladur said on Monday that the talks would go on.", "1994-04-22", "title/elect-after-start"},             // -elect after the start
		{"French Prime Minister Édouard Balladur took office.", "1993-03-29", ""},                                                                        // first day of the term
		{"French Prime Minister Édouard Balladur left office.", "1995-05-17", ""},                                                                        // last day of the term
		{"French Prime Minister Édouard Balladur said on Monday that the talks would go on.", "1995-08-15", "title/not-in-office"},                       // after the term ended
		{"Former French Prime Minister Édouard Balladur said on Monday that the talks would go on.", "1995-08-15", ""},                                   // former after the term
		{"French Prime Minister Édouard Balladur said on Monday that the talks would go on.", "1993-01-28", "title/not-yet-in-office"},                   // before the term began
		{"French Prime Minister Alain Juppé said on Monday that the talks would go on.", "1996-05-24", ""},                                               // mid-term
		{"Former French Prime Minister Alain Juppé said on Monday that the talks would go on.", "1996-05-24", "title/former-in-office"},                  // former while in office
		{"French Prime Minister-elect Alain Juppé said on Monday that the talks would go on.", "1996-05-24", "title/elect-after-start"},                  // -elect after the start
		{"French Prime Minister Alain Juppé took office.", "1995-05-17", ""},                                                                             // first day of the term
		{"French Prime Minister Alain Juppé left office.", "1997-06-02", ""},                                                                             // last day of the term
		{"French Prime Minister Alain Juppé said on Monday that the talks would go on.", "1997-08-31", "title/not-in-office"},                            // after the term ended
		{"Former French Prime Minister Alain Juppé said on Monday that the talks would go on.", "1997-08-31", ""},                                        // former after the term
		{"French Prime Minister Alain Juppé said on Monday that the talks would go on.", "1995-03-18", "title/not-yet-in-office"},                        // before the term began
		{"French Prime Minister Lionel Jospin said on Monday that the talks would go on.", "1999-11-18", ""},                                             // mid-term
		{"Former French Prime Minister Lionel Jospin said on Monday that the talks would go on.", "1999-11-18", "title/former-in-office"},                // former while in office
		{"French Prime Minister-elect Lionel Jospin said on Monday that the talks would go on.", "1999-11-18", "title/elect-after-start"},                // -elect after the start
		{"French Prime Minister Lionel Jospin took office.", "1997-06-02", ""},                                                                           // first day of the term
		{"French Prime Minister Lionel Jospin left office.", "2002-05-06", ""},                                                                           // last day of the term
		{"French Prime Minister Lionel Jospin said on Monday that the talks would go on.", "2002-08-04", "title/not-in-office"},                          // after the term ended
		{"Former French Prime Minister Lionel Jospin said on Monday that the talks would go on.", "2002-08-04", ""},                                      // former after the term
		{"French Prime Minister Lionel Jospin said on Monday that the talks would go on.", "1997-04-03", "title/not-yet-in-office"},                      // before the term began
		{"French Prime Minister Jean-Pierre Raffarin said on Monday that the talks would go on.", "2003-11-17", ""},                                      // mid-term
		{"Former French Prime Minister Jean-Pierre Raffarin said on Monday that the talks would go on.", "2003-11-17", "title/former-in-office"},         // former while in office
		{"French Prime Minister-elect Jean-Pierre Raffarin said on Monday that the talks would go on.", "2003-11-17", "title/elect-after-start"},         // -elect after the start
		{"French Prime Minister Jean-Pierre Raffarin took office.", "2002-05-06", ""},                                                                    // first day of the term
		{"French Prime Minister Jean-Pierre Raffarin left office.", "2005-05-31", ""},                                                                    // last day of the term
		{"French Prime Minister Jean-Pierre Raffarin said on Monday that the talks would go on.", "2005-08-29", "title/not-in-office"},                   // after the term ended
		{"Former French Prime Minister Jean-Pierre Raffarin said on Monday that the talks would go on.", "2005-08-29", ""},                               // former after the term
		{"French Prime Minister Jean-Pierre Raffarin said on Monday that the talks would go on.", "2002-03-07", "title/not-yet-in-office"},               // before the term began
		{"Italian Prime Minister Giuliano Amato said on Monday that the talks would go on.", "1992-11-27", ""},                                           // mid-term
		{"Former Italian Prime Minister Giuliano Amato said on Monday that the talks would go on.", "1992-11-27", "title/former-in-office"},              // former while in office
		{"Italian Prime Minister-elect Giuliano Amato said on Monday that the talks would go on.", "1992-11-27", "title/elect-after-start"},              // -elect after the start
		{"Italian Prime Minister Giuliano Amato took office.", "1992-06-28", ""},                                                                         // first day of the term
		{"Italian Prime Minister Giuliano Amato left office.", "1993-04-28", ""},                                                                         // last day of the term
		{"Italian Prime Minister Giuliano Amato said on Monday that the talks would go on.", "1993-07-27", "title/not-in-office"},                        // after the term ended
		{"Former Italian Prime Minister Giuliano Amato said on Monday that the talks would go on.", "1993-07-27", ""},                                    // former after the term
		{"Italian Prime Minister Giuliano Amato said on Monday that the talks would go on.", "1992-04-29", "title/not-yet-in-office"},                    // before the term began
		{"Italian Prime Minister Carlo Azeglio Ciampi said on Monday that the talks would go on.", "1993-11-03", ""},                                     // mid-term
		{"Former Italian Prime Minister Carlo Azeglio Ciampi said on Monday that the talks would go on.", "1993-11-03", "title/former-in-office"},        // former while in office
		{"Italian Prime Minister-elect Carlo Azeglio Ciampi said on Monday that the talks would go on.", "1993-11-03", "title/elect-after-start"},        // -elect after the start
		{"Italian Prime Minister Carlo Azeglio Ciampi took office.", "1993-04-28", ""},                                                                   // first day of the term
		{"Italian Prime Minister Carlo Azeglio Ciampi left office.", "1994-05-11", ""},                                                                   // last day of the term
		{"Italian Prime Minister Carlo Azeglio Ciampi said on Monday that the talks would go on.", "1994-08-09", "title/not-in-office"},                  // after the term ended
		{"Former Italian Prime Minister Carlo Azeglio Ciampi said on Monday that the talks would go on.", "1994-08-09", ""},                              // former after the term
		{"Italian Prime Minister Carlo Azeglio Ciampi said on Monday that the talks would go on.", "1993-02-27", "title/not-yet-in-office"},              // before the term began
		{"Italian Prime Minister Silvio Berlusconi said on Monday that the talks would go on.", "1994-09-13", ""},                                        // mid-term
		{"Former Italian Prime Minister Silvio Berlusconi said on Monday that the talks would go on.", "1994-09-13", "title/former-in-office"},           // former while in office
		{"Italian Prime Minister-elect Silvio Berlusconi said on Monday that the talks would go on.", "1994-09-13", "title/elect-after-start"},           // -elect after the start
		{"Italian Prime Minister Silvio Berlusconi took office.", "1994-05-11", ""},                                                                      // first day of the term
		{"Italian Prime Minister Silvio Berlusconi left office.", "1995-01-17", ""},                                                                      // last day of the term
		{"Italian Prime Minister Silvio Berlusconi said on Monday that the talks would go on.", "1995-04-17", "title/not-in-office"},                     // after the term ended
		{"Former Italian Prime Minister Silvio Berlusconi said on Monday that the talks would go on.", "1995-04-17", ""},                                 // former after the term
		{"Italian Prime Minister Silvio Berlusconi said on Monday that the talks would go on.", "1994-03-12", "title/not-yet-in-office"},                 // before the term began
		{"Italian Prime Minister Lamberto Dini said on Monday that the talks would go on.", "1995-09-17", ""},                                            // mid-term
		{"Former Italian Prime Minister Lamberto Dini said on Monday that the talks would go on.", "1995-09-17", "title/former-in-office"},               // former while in office
		{"Italian Prime Minister-elect Lamberto Dini said on Monday that the talks would go on.", "1995-09-17", "title/elect-after-start"},               // -elect after the start
		{"Italian Prime Minister Lamberto Dini took office.", "1995-01-17", ""},                                                                          // first day of the term
		{"Italian Prime Minister Lamberto Dini left office.", "1996-05-18", ""},                                                                          // last day of the term
		{"Italian Prime Minister Lamberto Dini said on Monday that the talks would go on.", "1996-08-16", "title/not-in-office"},                         // after the term ended
		{"Former Italian Prime Minister Lamberto Dini said on Monday that the talks would go on.", "1996-08-16", ""},                                     // former after the term
		{"Italian Prime Minister Lamberto Dini said on Monday that the talks would go on.", "1994-11-18", "title/not-yet-in-office"},                     // before the term began
		{"Italian Prime Minister Romano Prodi said on Monday that the talks would go on.", "1997-08-04", ""},                                             // mid-term
		{"Former Italian Prime Minister Romano Prodi said on Monday that the talks would go on.", "1997-08-04", "title/former-in-office"},                // former while in office
		{"Italian Prime Minister-elect Romano Prodi said on Monday that the talks would go on.", "1997-08-04", "title/elect-after-start"},                // -elect after the start
		{"Italian Prime Minister Romano Prodi took office.", "1996-05-18", ""},                                                                           // first day of the term
		{"Italian Prime Minister Romano Prodi left office.", "1998-10-21", ""},                                                                           // last day of the term
		{"Italian Prime Minister Romano Prodi said on Monday that the talks would go on.", "1999-01-19", "title/not-in-office"},                          // after the term ended
		{"Former Italian Prime Minister Romano Prodi said on Monday that the talks would go on.", "1999-01-19", ""},                                      // former after the term
		{"Italian Prime Minister Romano Prodi said on Monday that the talks would go on.", "1996-03-19", "title/not-yet-in-office"},                      // before the term began
		{"Italian Prime Minister Massimo D'Alema said on Monday that the talks would go on.", "1999-07-24", ""},                                          // mid-term
		{"Former Italian Prime Minister Massimo D'Alema said on Monday that the talks would go on.", "1999-07-24", "title/former-in-office"},             // former while in office
		{"Italian Prime Minister-elect Massimo D'Alema said on Monday that the talks would go on.", "1999-07-24", "title/elect-after-start"},             // -elect after the start
		{"Italian Prime Minister Massimo D'Alema took office.", "1998-10-21", ""},                                                                        // first day of the term
		{"Italian Prime Minister Massimo D'Alema left office.", "2000-04-26", ""},                                                                        // last day of the term
		{"Italian Prime Minister Massimo D'Alema said on Monday that the talks would go on.", "2000-07-25", "title/not-in-office"},                       // after the term ended
		{"Former Italian Prime Minister Massimo D'Alema said on Monday that the talks would go on.", "2000-07-25", ""},                                   // former after the term
		{"Italian Prime Minister Massimo D'Alema said on Monday that the talks would go on.", "1998-08-22", "title/not-yet-in-office"},                   // before the term began
		{"Japanese Prime Minister Kiichi Miyazawa said on Monday that the talks would go on.", "1992-09-21", ""},                                         // mid-term
		{"Former Japanese Prime Minister Kiichi Miyazawa said on Monday that the talks would go on.", "1992-09-21", "title/former-in-office"},            // former while in office
		{"Japanese Prime Minister-elect Kiichi Miyazawa said on Monday that the talks would go on.", "1992-09-21", "title/elect-after-start"},            // -elect after the start
		{"Japanese Prime Minister Kiichi Miyazawa took office.", "1991-11-05", ""},                                                                       // first day of the term
		{"Japanese Prime Minister Kiichi Miyazawa left office.", "1993-08-09", ""},                                                                       // last day of the term
		{"Japanese Prime Minister Kiichi Miyazawa said on Monday that the talks would go on.", "1993-11-07", "title/not-in-office"},                      // after the term ended
		{"Former Japanese Prime Minister Kiichi Miyazawa said on Monday that the talks would go on.", "1993-11-07", ""},                                  // former after the term
		{"Japanese Prime Minister Kiichi Miyazawa said on Monday that the talks would go on.", "1991-09-06", "title/not-yet-in-office"},                  // before the term began
		{"Japanese Prime Minister Morihiro Hosokawa said on Monday that the talks would go on.", "1993-12-18", ""},                                       // mid-term
		{"Former Japanese Prime Minister Morihiro Hosokawa said on Monday that the talks would go on.", "1993-12-18", "title/former-in-office"},          // former while in office
		{"Japanese Prime Minister-elect Morihiro Hosokawa said on Monday that the talks would go on.", "1993-12-18", "title/elect-after-start"},          // -elect after the start
		{"Japanese Prime Minister Morihiro Hosokawa took office.", "1993-08-09", ""},                                                                     // first day of the term
		{"Japanese Prime Minister Morihiro Hosokawa left office.", "1994-04-28", ""},                                                                     // last day of the term
		{"Japanese Prime Minister Morihiro Hosokawa said on Monday that the talks would go on.", "1994-07-27", "title/not-in-office"},                    // after the term ended
		{"Former Japanese Prime Minister Morihiro Hosokawa said on Monday that the talks would go on.", "1994-07-27", ""},                                // former after the term
		{"Japanese Prime Minister Morihiro Hosokawa said on Monday that the talks would go on.", "1993-06-10", "title/not-yet-in-office"},                // before the term began
		{"Japanese Prime Minister Tsutomu Hata said on Monday that the talks would go on.", "1994-05-29", ""},                                            // mid-term
		{"Former Japanese Prime Minister Tsutomu Hata said on Monday that the talks would go on.", "1994-05-29", "title/former-in-office"},               // former while in office
		{"Japanese Prime Minister-elect Tsutomu Hata said on Monday that the talks would go on.", "1994-05-29", "title/elect-after-start"},               // -elect after the start
		{"Japanese Prime Minister Tsutomu Hata took office.", "1994-04-28", ""},                                                                          // first day of the term
		{"Japanese Prime Minister Tsutomu Hata left office.", "1994-06-30", ""},                                                                          // last day of the term
		{"Japanese Prime Minister Tsutomu Hata said on Monday that the talks would go on.", "1994-09-28", "title/not-in-office"},                         // after the term ended
		{"Former Japanese Prime Minister Tsutomu Hata said on Monday that the talks would go on.", "1994-09-28", ""},                                     // former after the term
		{"Japanese Prime Minister Tsutomu Hata said on Monday that the talks would go on.", "1994-02-27", "title/not-yet-in-office"},                     // before the term began
		{"Japanese Prime Minister Tomiichi Murayama said on Monday that the talks would go on.", "1995-04-06", ""},                                       // mid-term
		{"Former Japanese Prime Minister Tomiichi Murayama said on Monday that the talks would go on.", "1995-04-06", "title/former-in-office"},          // former while in office
		{"Japanese Prime Minister-elect Tomiichi Murayama said on Monday that the talks would go on.", "1995-04-06", "title/elect-after-start"},          // -elect after the start
		{"Japanese Prime Minister Tomiichi Murayama took office.", "1994-06-30", ""},                                                                     // first day of the term
		{"Japanese Prime Minister Tomiichi Murayama left office.", "1996-01-11", ""},                                                                     // last day of the term
		{"Japanese Prime Minister Tomiichi Murayama said on Monday that the talks would go on.", "1996-04-10", "title/not-in-office"},                    // after the term ended
		{"Former Japanese Prime Minister Tomiichi Murayama said on Monday that the talks would go on.", "1996-04-10", ""},                                // former after the term
		{"Japanese Prime Minister Tomiichi Murayama said on Monday that the talks would go on.", "1994-05-01", "title/not-yet-in-office"},                // before the term began
		{"Japanese Prime Minister Ryutaro Hashimoto said on Monday that the talks would go on.", "1997-04-20", ""},                                       // mid-term
		{"Former Japanese Prime Minister Ryutaro Hashimoto said on Monday that the talks would go on.", "1997-04-20", "title/former-in-office"},          // former while in office
		{"Japanese Prime Minister-elect Ryutaro Hashimoto said on Monday that the talks would go on.", "1997-04-20", "title/elect-after-start"},          // -elect after the start
		{"Japanese Prime Minister Ryutaro Hashimoto took office.", "1996-01-11", ""},                                                                     // first day of the term
		{"Japanese Prime Minister Ryutaro Hashimoto left office.", "1998-07-30", ""},                                                                     // last day of the term
		{"Japanese Prime Minister Ryutaro Hashimoto said on Monday that the talks would go on.", "1998-10-28", "title/not-in-office"},                    // after the term ended
		{"Former Japanese Prime Minister Ryutaro Hashimoto said on Monday that the talks would go on.", "1998-10-28", ""},                                // former after the term
		{"Japanese Prime Minister Ryutaro Hashimoto said on Monday that the talks would go on.", "1995-11-12", "title/not-yet-in-office"},                // before the term began
		{"Japanese Prime Minister Keizō Obuchi said on Monday that the talks would go on.", "1999-06-02", ""},                                            // mid-term
		{"Former Japanese Prime Minister Keizō Obuchi said on Monday that the talks would go on.", "1999-06-02", "title/former-in-office"},               // former while in office
		{"Japanese Prime Minister-elect Keizō Obuchi said on Monday that the talks would go on.", "1999-06-02", "title/elect-after-start"},               // -elect after the start
		{"Japanese Prime Minister Keizō Obuchi took office.", "1998-07-30", ""},                                                                          // first day of the term
		{"Japanese Prime Minister Keizō Obuchi left office.", "2000-04-05", ""},                                                                          // last day of the term
		{"Japanese Prime Minister Keizō Obuchi said on Monday that the talks would go on.", "2000-07-04", "title/not-in-office"},                         // after the term ended
		{"Former Japanese Prime Minister Keizō Obuchi said on Monday that the talks would go on.", "2000-07-04", ""},                                     // former after the term
		{"Japanese Prime Minister Keizō Obuchi said on Monday that the talks would go on.", "1998-05-31", "title/not-yet-in-office"},                     // before the term began
		{"Chinese President Jiang Zemin said on Monday that the talks would go on.", "1998-03-21", ""},                                                   // mid-term
		{"Former Chinese President Jiang Zemin said on Monday that the talks would go on.", "1998-03-21", "title/former-in-office"},                      // former while in office
		{"Chinese President-elect Jiang Zemin said on Monday that the talks would go on.", "1998-03-21", "title/elect-after-start"},                      // -elect after the start
		{"Chinese President Jiang Zemin took office.", "1993-03-27", ""},                                                                                 // first day of the term
		{"Chinese President Jiang Zemin left office.", "2003-03-15", ""},                                                                                 // last day of the term
		{"Chinese President Jiang Zemin said on Monday that the talks would go on.", "2003-06-13", "title/not-in-office"},                                // after the term ended
		{"Former Chinese President Jiang Zemin said on Monday that the talks would go on.", "2003-06-13", ""},                                            // former after the term
		{"Chinese President Jiang Zemin said on Monday that the talks would go on.", "1993-01-26", "title/not-yet-in-office"},                            // before the term began
		{"Chinese President Hu Jintao said on Monday that the talks would go on.", "2008-03-14", ""},                                                     // mid-term
		{"Former Chinese President Hu Jintao said on Monday that the talks would go on.", "2008-03-14", "title/former-in-office"},                        // former while in office
		{"Chinese President-elect Hu Jintao said on Monday that the talks would go on.", "2008-03-14", "title/elect-after-start"},                        // -elect after the start
		{"Chinese President Hu Jintao took office.", "2003-03-15", ""},                                                                                   // first day of the term
		{"Chinese President Hu Jintao left office.", "2013-03-14", ""},                                                                                   // last day of the term
		{"Chinese President Hu Jintao said on Monday that the talks would go on.", "2013-06-12", "title/not-in-office"},                                  // after the term ended
		{"Former Chinese President Hu Jintao said on Monday that the talks would go on.", "2013-06-12", ""},                                              // former after the term
		{"Chinese President Hu Jintao said on Monday that the talks would go on.", "2003-01-14", "title/not-yet-in-office"},                              // before the term began
		{"Chinese President Xi Jinping said on Monday that the talks would go on.", "2019-12-21", ""},                                                    // mid-term
		{"Former Chinese President Xi Jinping said on Monday that the talks would go on.", "2019-12-21", "title/former-in-office"},                       // former while in office
		{"Chinese President-elect Xi Jinping said on Monday that the talks would go on.", "2019-12-21", "title/elect-after-start"},                       // -elect after the start
		{"Chinese President Xi Jinping took office.", "2013-03-14", ""},                                                                                  // first day of the term
		{"Chinese President Xi Jinping said on Monday that the talks would go on.", "2013-01-13", "title/not-yet-in-office"},                             // before the term began
		{"Chinese Premier Zhu Rongji said on Monday that the talks would go on.", "2000-09-14", ""},                                                      // mid-term
		{"Former Chinese Premier Zhu Rongji said on Monday that the talks would go on.", "2000-09-14", "title/former-in-office"},                         // former while in office
		{"Chinese Premier-elect Zhu Rongji said on Monday that the talks would go on.", "2000-09-14", "title/elect-after-start"},                         // -elect after the start
		{"Chinese Premier Zhu Rongji took office.", "1998-03-17", ""},                                                                                    // first day of the term
		{"Chinese Premier Zhu Rongji left office.", "2003-03-16", ""},                                                                                    // last day of the term
		{"Chinese Premier Zhu Rongji said on Monday that the talks would go on.", "2003-06-14", "title/not-in-office"},                                   // after the term ended
		{"Former Chinese Premier Zhu Rongji said on Monday that the talks would go on.", "2003-06-14", ""},                                               // former after the term
		{"Chinese Premier Zhu Rongji said on Monday that the talks would go on.", "1998-01-16", "title/not-yet-in-office"},                               // before the term began
		{"Chinese Premier Wen Jiabao said on Monday that the talks would go on.", "2008-03-15", ""},                                                      // mid-term
		{"Former Chinese Premier Wen Jiabao said on Monday that the talks would go on.", "2008-03-15", "title/former-in-office"},                         // former while in office
		{"Chinese Premier-elect Wen Jiabao said on Monday that the talks would go on.", "2008-03-15", "title/elect-after-start"},                         // -elect after the start
		{"Chinese Premier Wen Jiabao took office.", "2003-03-16", ""},                                                                                    // first day of the term
		{"Chinese Premier Wen Jiabao left office.", "2013-03-15", ""},                                                                                    // last day of the term
		{"Chinese Premier Wen Jiabao said on Monday that the talks would go on.", "2013-06-13", "title/not-in-office"},                                   // after the term ended
		{"Former Chinese Premier Wen Jiabao said on Monday that the talks would go on.", "2013-06-13", ""},                                               // former after the term
		{"Chinese Premier Wen Jiabao said on Monday that the talks would go on.", "2003-01-15", "title/not-yet-in-office"},                               // before the term began
		{"Chinese Premier Li Keqiang said on Monday that the talks would go on.", "2018-03-13", ""},                                                      // mid-term
		{"Former Chinese Premier Li Keqiang said on Monday that the talks would go on.", "2018-03-13", "title/former-in-office"},                         // former while in office
		{"Chinese Premier-elect Li Keqiang said on Monday that the talks would go on.", "2018-03-13", "title/elect-after-start"},                         // -elect after the start
		{"Chinese Premier Li Keqiang took office.", "2013-03-15", ""},                                                                                    // first day of the term
		{"Chinese Premier Li Keqiang left office.", "2023-03-11", ""},                                                                                    // last day of the term
		{"Chinese Premier Li Keqiang said on Monday that the talks would go on.", "2023-06-09", "title/not-in-office"},                                   // after the term ended
		{"Former Chinese Premier Li Keqiang said on Monday that the talks would go on.", "2023-06-09", ""},                                               // former after the term
		{"Chinese Premier Li Keqiang said on Monday that the talks would go on.", "2013-01-14", "title/not-yet-in-office"},                               // before the term began
		{"Chinese Premier Li Qiang said on Monday that the talks would go on.", "2024-12-18", ""},                                                        // mid-term
		{"Former Chinese Premier Li Qiang said on Monday that the talks would go on.", "2024-12-18", "title/former-in-office"},                           // former while in office
		{"Chinese Premier-elect Li Qiang said on Monday that the talks would go on.", "2024-12-18", "title/elect-after-start"},                           // -elect after the start
		{"Chinese Premier Li Qiang took office.", "2023-03-11", ""},                                                                                      // first day of the term
		{"Chinese Premier Li Qiang said on Monday that the talks would go on.", "2023-01-10", "title/not-yet-in-office"},                                 // before the term began
		{"South Korean President Kim Young-sam said on Monday that the talks would go on.", "1995-08-27", ""},                                            // mid-term
		{"Former South Korean President Kim Young-sam said on Monday that the talks would go on.", "1995-08-27", "title/former-in-office"},               // former while in office
		{"South Korean President-elect Kim Young-sam said on Monday that the talks would go on.", "1995-08-27", "title/elect-after-start"},               // -elect after the start
		{"South Korean President Kim Young-sam took office.", "1993-02-25", ""},                                                                          // first day of the term
		{"South Korean President Kim Young-sam left office.", "1998-02-25", ""},                                                                          // last day of the term
		{"South Korean President Kim Young-sam said on Monday that the talks would go on.", "1998-05-26", "title/not-in-office"},                         // after the term ended
		{"Former South Korean President Kim Young-sam said on Monday that the talks would go on.", "1998-05-26", ""},                                     // former after the term
		{"South Korean President Kim Young-sam said on Monday that the talks would go on.", "1992-12-27", "title/not-yet-in-office"},                     // before the term began
		{"South Korean President Kim Dae-jung said on Monday that the talks would go on.", "2000-08-26", ""},                                             // mid-term
		{"Former South Korean President Kim Dae-jung said on Monday that the talks would go on.", "2000-08-26", "title/former-in-office"},                // former while in office
		{"South Korean President-elect Kim Dae-jung said on Monday that the talks would go on.", "2000-08-26", "title/elect-after-start"},                // -elect after the start
		{"South Korean President Kim Dae-jung took office.", "1998-02-25", ""},                                                                           // first day of the term
		{"South Korean President Kim Dae-jung left office.", "2003-02-25", ""},                                                                           // last day of the term
		{"South Korean President Kim Dae-jung said on Monday that the talks would go on.", "2003-05-26", "title/not-in-office"},                          // after the term ended
		{"Former South Korean President Kim Dae-jung said on Monday that the talks would go on.", "2003-05-26", ""},                                      // former after the term
		{"South Korean President Kim Dae-jung said on Monday that the talks would go on.", "1997-12-27", "title/not-yet-in-office"},                      // before the term began
		{"South Korean President Roh Moo-hyun said on Monday that the talks would go on.", "2005-08-26", ""},                                             // mid-term
		{"Former South Korean President Roh Moo-hyun said on Monday that the talks would go on.", "2005-08-26", "title/former-in-office"},                // former while in office
		{"South Korean President-elect Roh Moo-hyun said on Monday that the talks would go on.", "2005-08-26", "title/elect-after-start"},                // -elect after the start
		{"South Korean President Roh Moo-hyun took office.", "2003-02-25", ""},                                                                           // first day of the term
		{"South Korean President Roh Moo-hyun left office.", "2008-02-25", ""},                                                                           // last day of the term
		{"South Korean President Roh Moo-hyun said on Monday that the talks would go on.", "2008-05-25", "title/not-in-office"},                          // after the term ended
		{"Former South Korean President Roh Moo-hyun said on Monday that the talks would go on.", "2008-05-25", ""},                                      // former after the term
		{"South Korean President Roh Moo-hyun said on Monday that the talks would go on.", "2002-12-27", "title/not-yet-in-office"},                      // before the term began
		{"South Korean President Lee Myung-bak said on Monday that the talks would go on.", "2010-08-26", ""},                                            // mid-term
		{"Former South Korean President Lee Myung-bak said on Monday that the talks would go on.", "2010-08-26", "title/former-in-office"},               // former while in office
		{"South Korean President-elect Lee Myung-bak said on Monday that the talks would go on.", "2010-08-26", "title/elect-after-start"},               // -elect after the start
		{"South Korean President Lee Myung-bak took office.", "2008-02-25", ""},                                                                          // first day of the term
		{"South Korean President Lee Myung-bak left office.", "2013-02-25", ""},                                                                          // last day of the term
		{"South Korean President Lee Myung-bak said on Monday that the talks would go on.", "2013-05-26", "title/not-in-office"},                         // after the term ended
		{"Former South Korean President Lee Myung-bak said on Monday that the talks would go on.", "2013-05-26", ""},                                     // former after the term
		{"South Korean President Lee Myung-bak said on Monday that the talks would go on.", "2007-12-27", "title/not-yet-in-office"},                     // before the term began
		{"South Korean President Park Geun-hye said on Monday that the talks would go on.", "2015-03-04", ""},                                            // mid-term
		{"Former South Korean President Park Geun-hye said on Monday that the talks would go on.", "2015-03-04", "title/former-in-office"},               // former while in office
		{"South Korean President-elect Park Geun-hye said on Monday that the talks would go on.", "2015-03-04", "title/elect-after-start"},               // -elect after the start
		{"South Korean President Park Geun-hye took office.", "2013-02-25", ""},                                                                          // first day of the term
		{"South Korean President Park Geun-hye left office.", "2017-03-10", ""},                                                                          // last day of the term
		{"South Korean President Park Geun-hye said on Monday that the talks would go on.", "2017-06-08", "title/not-in-office"},                         // after the term ended
		{"Former South Korean President Park Geun-hye said on Monday that the talks would go on.", "2017-06-08", ""},                                     // former after the term
		{"South Korean President Park Geun-hye said on Monday that the talks would go on.", "2012-12-27", "title/not-yet-in-office"},                     // before the term began
		{"South Korean President Moon Jae-in said on Monday that the talks would go on.", "2019-11-09", ""},                                              // mid-term
		{"Former South Korean President Moon Jae-in said on Monday that the talks would go on.", "2019-11-09", "title/former-in-office"},                 // former while in office
		{"South Korean President-elect Moon Jae-in said on Monday that the talks would go on.", "2019-11-09", "title/elect-after-start"},                 // -elect after the start
		{"South Korean President Moon Jae-in took office.", "2017-05-10", ""},                                                                            // first day of the term
		{"South Korean President Moon Jae-in left office.", "2022-05-10", ""},                                                                            // last day of the term
		{"South Korean President Moon Jae-in said on Monday that the talks would go on.", "2022-08-08", "title/not-in-office"},                           // after the term ended
		{"Former South Korean President Moon Jae-in said on Monday that the talks would go on.", "2022-08-08", ""},                                       // former after the term
		{"Indian Prime Minister Chandra Shekhar said on Monday that the talks would go on.", "1991-03-01", ""},                                           // mid-term
		{"Former Indian Prime Minister Chandra Shekhar said on Monday that the talks would go on.", "1991-03-01", "title/former-in-office"},              // former while in office
		{"Indian Prime Minister-elect Chandra Shekhar said on Monday that the talks would go on.", "1991-03-01", "title/elect-after-start"},              // -elect after the start
		{"Indian Prime Minister Chandra Shekhar took office.", "1990-11-10", ""},                                                                         // first day of the term
		{"Indian Prime Minister Chandra Shekhar left office.", "1991-06-21", ""},                                                                         // last day of the term
		{"Indian Prime Minister Chandra Shekhar said on Monday that the talks would go on.", "1991-09-19", "title/not-in-office"},                        // after the term ended
		{"Former Indian Prime Minister Chandra Shekhar said on Monday that the talks would go on.", "1991-09-19", ""},                                    // former after the term
		{"Indian Prime Minister P. V. Narasimha Rao said on Monday that the talks would go on.", "1993-12-02", ""},                                       // mid-term
		{"Former Indian Prime Minister P. V. Narasimha Rao said on Monday that the talks would go on.", "1993-12-02", "title/former-in-office"},          // former while in office
		{"Indian Prime Minister-elect P. V. Narasimha Rao said on Monday that the talks would go on.", "1993-12-02", "title/elect-after-start"},          // -elect after the start
		{"Indian Prime Minister P. V. Narasimha Rao took office.", "1991-06-21", ""},                                                                     // first day of the term
		{"Indian Prime Minister P. V. Narasimha Rao left office.", "1996-05-16", ""},                                                                     // last day of the term
		{"Indian Prime Minister P. V. Narasimha Rao said on Monday that the talks would go on.", "1996-08-14", "title/not-in-office"},                    // after the term ended
		{"Former Indian Prime Minister P. V. Narasimha Rao said on Monday that the talks would go on.", "1996-08-14", ""},                                // former after the term
		{"Indian Prime Minister P. V. Narasimha Rao said on Monday that the talks would go on.", "1991-04-22", "title/not-yet-in-office"},                // before the term began
		{"Indian Prime Minister Atal Bihari Vajpayee said on Monday that the talks would go on.", "1996-05-24", ""},                                      // mid-term
		{"Former Indian Prime Minister Atal Bihari Vajpayee said on Monday that the talks would go on.", "1996-05-24", "title/former-in-office"},         // former while in office
		{"Indian Prime Minister-elect Atal Bihari Vajpayee said on Monday that the talks would go on.", "1996-05-24", "title/elect-after-start"},         // -elect after the start
		{"Indian Prime Minister Atal Bihari Vajpayee took office.", "1996-05-16", ""},                                                                    // first day of the term
		{"Indian Prime Minister Atal Bihari Vajpayee left office.", "1996-06-01", ""},                                                                    // last day of the term
		{"Indian Prime Minister Atal Bihari Vajpayee said on Monday that the talks would go on.", "1996-08-30", "title/not-in-office"},                   // after the term ended
		{"Former Indian Prime Minister Atal Bihari Vajpayee said on Monday that the talks would go on.", "1996-08-30", ""},                               // former after the term
		{"Indian Prime Minister Atal Bihari Vajpayee said on Monday that the talks would go on.", "1996-03-17", "title/not-yet-in-office"},               // before the term began
		{"Indian Prime Minister H. D. Deve Gowda said on Monday that the talks would go on.", "1996-11-10", ""},                                          // mid-term
		{"Former Indian Prime Minister H. D. Deve Gowda said on Monday that the talks would go on.", "1996-11-10", "title/former-in-office"},             // former while in office
		{"Indian Prime Minister-elect H. D. Deve Gowda said on Monday that the talks would go on.", "1996-11-10", "title/elect-after-start"},             // -elect after the start
		{"Indian Prime Minister H. D. Deve Gowda took office.", "1996-06-01", ""},                                                                        // first day of the term
		{"Indian Prime Minister H. D. Deve Gowda left office.", "1997-04-21", ""},                                                                        // last day of the term
		{"Indian Prime Minister H. D. Deve Gowda said on Monday that the talks would go on.", "1997-07-20", "title/not-in-office"},                       // after the term ended
		{"Former Indian Prime Minister H. D. Deve Gowda said on Monday that the talks would go on.", "1997-07-20", ""},                                   // former after the term
		{"Indian Prime Minister H. D. Deve Gowda said on Monday that the talks would go on.", "1996-04-02", "title/not-yet-in-office"},                   // before the term began
		{"Indian Prime Minister Inder Kumar Gujral said on Monday that the talks would go on.", "1997-10-04", ""},                                        // mid-term
		{"Former Indian Prime Minister Inder Kumar Gujral said on Monday that the talks would go on.", "1997-10-04", "title/former-in-office"},           // former while in office
		{"Indian Prime Minister-elect Inder Kumar Gujral said on Monday that the talks would go on.", "1997-10-04", "title/elect-after-start"},           // -elect after the start
		{"Indian Prime Minister Inder Kumar Gujral took office.", "1997-04-21", ""},                                                                      // first day of the term
		{"Indian Prime Minister Inder Kumar Gujral left office.", "1998-03-19", ""},                                                                      // last day of the term
		{"Indian Prime Minister Inder Kumar Gujral said on Monday that the talks would go on.", "1998-06-17", "title/not-in-office"},                     // after the term ended
		{"Former Indian Prime Minister Inder Kumar Gujral said on Monday that the talks would go on.", "1998-06-17", ""},                                 // former after the term
		{"Indian Prime Minister Inder Kumar Gujral said on Monday that the talks would go on.", "1997-02-20", "title/not-yet-in-office"},                 // before the term began
		{"Indian Prime Minister Atal Bihari Vajpayee said on Monday that the talks would go on.", "2001-04-20", ""},                                      // mid-term
		{"Former Indian Prime Minister Atal Bihari Vajpayee said on Monday that the talks would go on.", "2001-04-20", "title/former-in-office"},         // former while in office
		{"Indian Prime Minister-elect Atal Bihari Vajpayee said on Monday that the talks would go on.", "2001-04-20", "title/elect-after-start"},         // -elect after the start
		{"Indian Prime Minister Atal Bihari Vajpayee took office.", "1998-03-19", ""},                                                                    // first day of the term
		{"Indian Prime Minister Atal Bihari Vajpayee left office.", "2004-05-22", ""},                                                                    // last day of the term
		{"Indian Prime Minister Atal Bihari Vajpayee said on Monday that the talks would go on.", "2004-08-20", "title/not-in-office"},                   // after the term ended
		{"Former Indian Prime Minister Atal Bihari Vajpayee said on Monday that the talks would go on.", "2004-08-20", ""},                               // former after the term
		{"Brazilian President Fernando Collor de Mello said on Monday that the talks would go on.", "1991-08-07", ""},                                    // mid-term
		{"Former Brazilian President Fernando Collor de Mello said on Monday that the talks would go on.", "1991-08-07", "title/former-in-office"},       // former while in office
		{"Brazilian President-elect Fernando Collor de Mello said on Monday that the talks would go on.", "1991-08-07", "title/elect-after-start"},       // -elect after the start
		{"Brazilian President Fernando Collor de Mello took office.", "1990-03-15", ""},                                                                  // first day of the term
		{"Brazilian President Fernando Collor de Mello left office.", "1992-12-29", ""},                                                                  // last day of the term
		{"Brazilian President Fernando Collor de Mello said on Monday that the talks would go on.", "1993-03-29", "title/not-in-office"},                 // after the term ended
		{"Former Brazilian President Fernando Collor de Mello said on Monday that the talks would go on.", "1993-03-29", ""},                             // former after the term
		{"Brazilian President Itamar Franco said on Monday that the talks would go on.", "1993-12-30", ""},                                               // mid-term
		{"Former Brazilian President Itamar Franco said on Monday that the talks would go on.", "1993-12-30", "title/former-in-office"},                  // former while in office
		{"Brazilian President-elect Itamar Franco said on Monday that the talks would go on.", "1993-12-30", "title/elect-after-start"},                  // -elect after the start
		{"Brazilian President Itamar Franco took office.", "1992-12-29", ""},                                                                             // first day of the term
		{"Brazilian President Itamar Franco left office.", "1995-01-01", ""},                                                                             // last day of the term
		{"Brazilian President Itamar Franco said on Monday that the talks would go on.", "1995-04-01", "title/not-in-office"},                            // after the term ended
		{"Former Brazilian President Itamar Franco said on Monday that the talks would go on.", "1995-04-01", ""},                                        // former after the term
		{"Brazilian President Fernando Henrique Cardoso said on Monday that the talks would go on.", "1999-01-01", ""},                                   // mid-term
		{"Former Brazilian President Fernando Henrique Cardoso said on Monday that the talks would go on.", "1999-01-01", "title/former-in-office"},      // former while in office
		{"Brazilian President-elect Fernando Henrique Cardoso said on Monday that the talks would go on.", "1999-01-01", "title/elect-after-start"},      // -elect after the start
		{"Brazilian President Fernando Henrique Cardoso took office.", "1995-01-01", ""},                                                                 // first day of the term
		{"Brazilian President Fernando Henrique Cardoso left office.", "2003-01-01", ""},                                                                 // last day of the term
		{"Brazilian President Fernando Henrique Cardoso said on Monday that the talks would go on.", "2003-04-01", "title/not-in-office"},                // after the term ended
		{"Former Brazilian President Fernando Henrique Cardoso said on Monday that the talks would go on.", "2003-04-01", ""},                            // former after the term
		{"Brazilian President Fernando Henrique Cardoso said on Monday that the talks would go on.", "1994-11-02", "title/not-yet-in-office"},            // before the term began
		{"Brazilian President Luiz Inácio Lula da Silva said on Monday that the talks would go on.", "2007-01-01", ""},                                   // mid-term
		{"Former Brazilian President Luiz Inácio Lula da Silva said on Monday that the talks would go on.", "2007-01-01", "title/former-in-office"},      // former while in office
		{"Brazilian President-elect Luiz Inácio Lula da Silva said on Monday that the talks would go on.", "2007-01-01", "title/elect-after-start"},      // -elect after the start
		{"Brazilian President Luiz Inácio Lula da Silva took office.", "2003-01-01", ""},                                                                 // first day of the term
		{"Brazilian President Luiz Inácio Lula da Silva left office.", "2011-01-01", ""},                                                                 // last day of the term
		{"Brazilian President Luiz Inácio Lula da Silva said on Monday that the talks would go on.", "2011-04-01", "title/not-in-office"},                // after the term ended
		{"Former Brazilian President Luiz Inácio Lula da Silva said on Monday that the talks would go on.", "2011-04-01", ""},                            // former after the term
		{"Brazilian President Luiz Inácio Lula da Silva said on Monday that the talks would go on.", "2002-11-02", "title/not-yet-in-office"},            // before the term began
		{"Brazilian President Dilma Rousseff said on Monday that the talks would go on.", "2013-10-31", ""},                                              // mid-term
		{"Former Brazilian President Dilma Rousseff said on Monday that the talks would go on.", "2013-10-31", "title/former-in-office"},                 // former while in office
		{"Brazilian President-elect Dilma Rousseff said on Monday that the talks would go on.", "2013-10-31", "title/elect-after-start"},                 // -elect after the start
		{"Brazilian President Dilma Rousseff took office.", "2011-01-01", ""},                                                                            // first day of the term
		{"Brazilian President Dilma Rousseff left office.", "2016-08-31", ""},                                                                            // last day of the term
		{"Brazilian President Dilma Rousseff said on Monday that the talks would go on.", "2016-11-29", "title/not-in-office"},                           // after the term ended
		{"Former Brazilian President Dilma Rousseff said on Monday that the talks would go on.", "2016-11-29", ""},                                       // former after the term
		{"Brazilian President Dilma Rousseff said on Monday that the talks would go on.", "2010-11-02", "title/not-yet-in-office"},                       // before the term began
		{"Brazilian President Michel Temer said on Monday that the talks would go on.", "2017-10-31", ""},                                                // mid-term
		{"Former Brazilian President Michel Temer said on Monday that the talks would go on.", "2017-10-31", "title/former-in-office"},                   // former while in office
		{"Brazilian President-elect Michel Temer said on Monday that the talks would go on.", "2017-10-31", "title/elect-after-start"},                   // -elect after the start
		{"Brazilian President Michel Temer took office.", "2016-08-31", ""},                                                                              // first day of the term
		{"Brazilian President Michel Temer left office.", "2019-01-01", ""},                                                                              // last day of the term
		{"Brazilian President Michel Temer said on Monday that the talks would go on.", "2019-04-01", "title/not-in-office"},                             // after the term ended
		{"Former Brazilian President Michel Temer said on Monday that the talks would go on.", "2019-04-01", ""},                                         // former after the term
		{"Mexican President Ernesto Zedillo said on Monday that the talks would go on.", "1997-12-01", ""},                                               // mid-term
		{"Former Mexican President Ernesto Zedillo said on Monday that the talks would go on.", "1997-12-01", "title/former-in-office"},                  // former while in office
		{"Mexican President-elect Ernesto Zedillo said on Monday that the talks would go on.", "1997-12-01", "title/elect-after-start"},                  // -elect after the start
		{"Mexican President Ernesto Zedillo took office.", "1994-12-01", ""},                                                                             // first day of the term
		{"Mexican President Ernesto Zedillo left office.", "2000-12-01", ""},                                                                             // last day of the term
		{"Mexican President Ernesto Zedillo said on Monday that the talks would go on.", "2001-03-01", "title/not-in-office"},                            // after the term ended
		{"Former Mexican President Ernesto Zedillo said on Monday that the talks would go on.", "2001-03-01", ""},                                        // former after the term
		{"Mexican President Ernesto Zedillo said on Monday that the talks would go on.", "1994-10-02", "title/not-yet-in-office"},                        // before the term began
		{"Mexican President Vicente Fox said on Monday that the talks would go on.", "2003-12-01", ""},                                                   // mid-term
		{"Former Mexican President Vicente Fox said on Monday that the talks would go on.", "2003-12-01", "title/former-in-office"},                      // former while in office
		{"Mexican President-elect Vicente Fox said on Monday that the talks would go on.", "2003-12-01", "title/elect-after-start"},                      // -elect after the start
		{"Mexican President Vicente Fox took office.", "2000-12-01", ""},                                                                                 // first day of the term
		{"Mexican President Vicente Fox left office.", "2006-12-01", ""},                                                                                 // last day of the term
		{"Mexican President Vicente Fox said on Monday that the talks would go on.", "2007-03-01", "title/not-in-office"},                                // after the term ended
		{"Former Mexican President Vicente Fox said on Monday that the talks would go on.", "2007-03-01", ""},                                            // former after the term
		{"Mexican President Vicente Fox said on Monday that the talks would go on.", "2000-10-02", "title/not-yet-in-office"},                            // before the term began
		{"Mexican President Felipe Calderón said on Monday that the talks would go on.", "2009-12-01", ""},                                               // mid-term
		{"Former Mexican President Felipe Calderón said on Monday that the talks would go on.", "2009-12-01", "title/former-in-office"},                  // former while in office
		{"Mexican President-elect Felipe Calderón said on Monday that the talks would go on.", "2009-12-01", "title/elect-after-start"},                  // -elect after the start
		{"Mexican President Felipe Calderón took office.", "2006-12-01", ""},                                                                             // first day of the term
		{"Mexican President Felipe Calderón left office.", "2012-12-01", ""},                                                                             // last day of the term
		{"Mexican President Felipe Calderón said on Monday that the talks would go on.", "2013-03-01", "title/not-in-office"},                            // after the term ended
		{"Former Mexican President Felipe Calderón said on Monday that the talks would go on.", "2013-03-01", ""},                                        // former after the term
		{"Mexican President Felipe Calderón said on Monday that the talks would go on.", "2006-10-02", "title/not-yet-in-office"},                        // before the term began
		{"Mexican President Enrique Peña Nieto said on Monday that the talks would go on.", "2015-12-01", ""},                                            // mid-term
		{"Former Mexican President Enrique Peña Nieto said on Monday that the talks would go on.", "2015-12-01", "title/former-in-office"},               // former while in office
		{"Mexican President-elect Enrique Peña Nieto said on Monday that the talks would go on.", "2015-12-01", "title/elect-after-start"},               // -elect after the start
		{"Mexican President Enrique Peña Nieto took office.", "2012-12-01", ""},                                                                          // first day of the term
		{"Mexican President Enrique Peña Nieto left office.", "2018-12-01", ""},                                                                          // last day of the term
		{"Mexican President Enrique Peña Nieto said on Monday that the talks would go on.", "2019-03-01", "title/not-in-office"},                         // after the term ended
		{"Former Mexican President Enrique Peña Nieto said on Monday that the talks would go on.", "2019-03-01", ""},                                     // former after the term
		{"Mexican President Enrique Peña Nieto said on Monday that the talks would go on.", "2012-10-02", "title/not-yet-in-office"},                     // before the term began
		{"Mexican President Andrés Manuel López Obrador said on Monday that the talks would go on.", "2021-10-31", ""},                                   // mid-term
		{"Former Mexican President Andrés Manuel López Obrador said on Monday that the talks would go on.", "2021-10-31", "title/former-in-office"},      // former while in office
		{"Mexican President-elect Andrés Manuel López Obrador said on Monday that the talks would go on.", "2021-10-31", "title/elect-after-start"},      // -elect after the start
		{"Mexican President Andrés Manuel López Obrador took office.", "2018-12-01", ""},                                                                 // first day of the term
		{"Mexican President Andrés Manuel López Obrador left office.", "2024-10-01", ""},                                                                 // last day of the term
		{"Mexican President Andrés Manuel López Obrador said on Monday that the talks would go on.", "2024-12-30", "title/not-in-office"},                // after the term ended
		{"Former Mexican President Andrés Manuel López Obrador said on Monday that the talks would go on.", "2024-12-30", ""},                            // former after the term
		{"Mexican President Andrés Manuel López Obrador said on Monday that the talks would go on.", "2018-10-02", "title/not-yet-in-office"},            // before the term began
		{"Mexican President Claudia Sheinbaum said on Monday that the talks would go on.", "2025-09-29", ""},                                             // mid-term
		{"Former Mexican President Claudia Sheinbaum said on Monday that the talks would go on.", "2025-09-29", "title/former-in-office"},                // former while in office
		{"Mexican President-elect Claudia Sheinbaum said on Monday that the talks would go on.", "2025-09-29", "title/elect-after-start"},                // -elect after the start
		{"Mexican President Claudia Sheinbaum took office.", "2024-10-01", ""},                                                                           // first day of the term
		{"Mexican President Claudia Sheinbaum said on Monday that the talks would go on.", "2024-08-02", "title/not-yet-in-office"},                      // before the term began
		{"Argentine President Fernando de la Rúa said on Monday that the talks would go on.", "2000-12-15", ""},                                          // mid-term
		{"Former Argentine President Fernando de la Rúa said on Monday that the talks would go on.", "2000-12-15", "title/former-in-office"},             // former while in office
		{"Argentine President-elect Fernando de la Rúa said on Monday that the talks would go on.", "2000-12-15", "title/elect-after-start"},             // -elect after the start
		{"Argentine President Fernando de la Rúa took office.", "1999-12-10", ""},                                                                        // first day of the term
		{"Argentine President Fernando de la Rúa left office.", "2001-12-21", ""},                                                                        // last day of the term
		{"Argentine President Fernando de la Rúa said on Monday that the talks would go on.", "2002-03-21", "title/not-in-office"},                       // after the term ended
		{"Former Argentine President Fernando de la Rúa said on Monday that the talks would go on.", "2002-03-21", ""},                                   // former after the term
		{"Argentine President Fernando de la Rúa said on Monday that the talks would go on.", "1999-10-11", "title/not-yet-in-office"},                   // before the term began
		{"Argentine President Adolfo Rodríguez Saá said on Monday that the talks would go on.", "2001-12-26", ""},                                        // mid-term
		{"Former Argentine President Adolfo Rodríguez Saá said on Monday that the talks would go on.", "2001-12-26", "title/former-in-office"},           // former while in office
		{"Argentine President Adolfo Rodríguez Saá took office.", "2001-12-23", ""},                                                                      // first day of the term
		{"Argentine President Adolfo Rodríguez Saá left office.", "2001-12-30", ""},                                                                      // last day of the term
		{"Argentine President Adolfo Rodríguez Saá said on Monday that the talks would go on.", "2002-03-30", "title/not-in-office"},                     // after the term ended
		{"Former Argentine President Adolfo Rodríguez Saá said on Monday that the talks would go on.", "2002-03-30", ""},                                 // former after the term
		{"Argentine President Adolfo Rodríguez Saá said on Monday that the talks would go on.", "2001-10-24", "title/not-yet-in-office"},                 // before the term began
		{"Argentine President Eduardo Duhalde said on Monday that the talks would go on.", "2002-09-13", ""},                                             // mid-term
		{"Former Argentine President Eduardo Duhalde said on Monday that the talks would go on.", "2002-09-13", "title/former-in-office"},                // former while in office
		{"Argentine President-elect Eduardo Duhalde said on Monday that the talks would go on.", "2002-09-13", "title/elect-after-start"},                // -elect after the start
		{"Argentine President Eduardo Duhalde took office.", "2002-01-02", ""},                                                                           // first day of the term
		{"Argentine President Eduardo Duhalde left office.", "2003-05-25", ""},                                                                           // last day of the term
		{"Argentine President Eduardo Duhalde said on Monday that the talks would go on.", "2003-08-23", "title/not-in-office"},                          // after the term ended
		{"Former Argentine President Eduardo Duhalde said on Monday that the talks would go on.", "2003-08-23", ""},                                      // former after the term
		{"Argentine President Eduardo Duhalde said on Monday that the talks would go on.", "2001-11-03", "title/not-yet-in-office"},                      // before the term began
		{"Argentine President Néstor Kirchner said on Monday that the talks would go on.", "2005-09-01", ""},                                             // mid-term
		{"Former Argentine President Néstor Kirchner said on Monday that the talks would go on.", "2005-09-01", "title/former-in-office"},                // former while in office
		{"Argentine President-elect Néstor Kirchner said on Monday that the talks would go on.", "2005-09-01", "title/elect-after-start"},                // -elect after the start
		{"Argentine President Néstor Kirchner took office.", "2003-05-25", ""},                                                                           // first day of the term
		{"Argentine President Néstor Kirchner left office.", "2007-12-10", ""},                                                                           // last day of the term
		{"Argentine President Néstor Kirchner said on Monday that the talks would go on.", "2008-03-09", "title/not-in-office"},                          // after the term ended
		{"Former Argentine President Néstor Kirchner said on Monday that the talks would go on.", "2008-03-09", ""},                                      // former after the term
		{"Argentine President Néstor Kirchner said on Monday that the talks would go on.", "2003-03-26", "title/not-yet-in-office"},                      // before the term began
		{"Argentine President Cristina Fernández de Kirchner said on Monday that the talks would go on.", "2011-12-10", ""},                              // mid-term
		{"Former Argentine President Cristina Fernández de Kirchner said on Monday that the talks would go on.", "2011-12-10", "title/former-in-office"}, // former while in office
		{"Argentine President-elect Cristina Fernández de Kirchner said on Monday that the talks would go on.", "2011-12-10", "title/elect-after-start"}, // -elect after the start
		{"Argentine President Cristina Fernández de Kirchner took office.", "2007-12-10", ""},                                                            // first day of the term
		{"Argentine President Cristina Fernández de Kirchner left office.", "2015-12-10", ""},                                                            // last day of the term
		{"Argentine President Cristina Fernández de Kirchner said on Monday that the talks would go on.", "2016-03-09", "title/not-in-office"},           // after the term ended
		{"Former Argentine President Cristina Fernández de Kirchner said on Monday that the talks would go on.", "2016-03-09", ""},                       // former after the term
		{"Argentine President Cristina Fernández de Kirchner said on Monday that the talks would go on.", "2007-10-11", "title/not-yet-in-office"},       // before the term began
		{"Argentine President Mauricio Macri said on Monday that the talks would go on.", "2017-12-09", ""},                                              // mid-term
		{"Former Argentine President Mauricio Macri said on Monday that the talks would go on.", "2017-12-09", "title/former-in-office"},                 // former while in office
		{"Argentine President-elect Mauricio Macri said on Monday that the talks would go on.", "2017-12-09", "title/elect-after-start"},                 // -elect after the start
		{"Argentine President Mauricio Macri took office.", "2015-12-10", ""},                                                                            // first day of the term
		{"Argentine President Mauricio Macri left office.", "2019-12-10", ""},                                                                            // last day of the term
		{"Argentine President Mauricio Macri said on Monday that the talks would go on.", "2020-03-09", "title/not-in-office"},                           // after the term ended
		{"Former Argentine President Mauricio Macri said on Monday that the talks would go on.", "2020-03-09", ""},                                       // former after the term
		{"Argentine President Mauricio Macri said on Monday that the talks would go on.", "2015-10-11", "title/not-yet-in-office"},                       // before the term began
		{"Canadian Prime Minister Kim Campbell said on Monday that the talks would go on.", "1993-08-30", ""},                                            // mid-term
		{"Former Canadian Prime Minister Kim Campbell said on Monday that the talks would go on.", "1993-08-30", "title/former-in-office"},               // former while in office
		{"Canadian Prime Minister-elect Kim Campbell said on Monday that the talks would go on.", "1993-08-30", "title/elect-after-start"},               // -elect after the start
		{"Canadian Prime Minister Kim Campbell took office.", "1993-06-25", ""},                                                                          // first day of the term
		{"Canadian Prime Minister Kim Campbell left office.", "1993-11-04", ""},                                                                          // last day of the term
		{"Canadian Prime Minister Kim Campbell said on Monday that the talks would go on.", "1994-02-02", "title/not-in-office"},                         // after the term ended
		{"Former Canadian Prime Minister Kim Campbell said on Monday that the talks would go on.", "1994-02-02", ""},                                     // former after the term
		{"Canadian Prime Minister Kim Campbell said on Monday that the talks would go on.", "1993-04-26", "title/not-yet-in-office"},                     // before the term began
		{"Canadian Prime Minister Jean Chrétien said on Monday that the talks would go on.", "1998-11-23", ""},                                           // mid-term
		{"Former Canadian Prime Minister Jean Chrétien said on Monday that the talks would go on.", "1998-11-23", "title/former-in-office"},              // former while in office
		{"Canadian Prime Minister-elect Jean Chrétien said on Monday that the talks would go on.", "1998-11-23", "title/elect-after-start"},              // -elect after the start
		{"Canadian Prime Minister Jean Chrétien took office.", "1993-11-04", ""},                                                                         // first day of the term
		{"Canadian Prime Minister Jean Chrétien left office.", "2003-12-12", ""},                                                                         // last day of the term
		{"Canadian Prime Minister Jean Chrétien said on Monday that the talks would go on.", "2004-03-11", "title/not-in-office"},                        // after the term ended
		{"Former Canadian Prime Minister Jean Chrétien said on Monday that the talks would go on.", "2004-03-11", ""},                                    // former after the term
		{"Canadian Prime Minister Jean Chrétien said on Monday that the talks would go on.", "1993-09-05", "title/not-yet-in-office"},                    // before the term began
		{"Canadian Prime Minister Paul Martin said on Monday that the talks would go on.", "2005-01-08", ""},                                             // mid-term
		{"Former Canadian Prime Minister Paul Martin said on Monday that the talks would go on.", "2005-01-08", "title/former-in-office"},                // former while in office
		{"Canadian Prime Minister-elect Paul Martin said on Monday that the talks would go on.", "2005-01-08", "title/elect-after-start"},                // -elect after the start
		{"Canadian Prime Minister Paul Martin took office.", "2003-12-12", ""},                                                                           // first day of the term
		{"Canadian Prime Minister Paul Martin left office.", "2006-02-06", ""},                                                                           // last day of the term
		{"Canadian Prime Minister Paul Martin said on Monday that the talks would go on.", "2006-05-07", "title/not-in-office"},                          // after the term ended
		{"Former Canadian Prime Minister Paul Martin said on Monday that the talks would go on.", "2006-05-07", ""},                                      // former after the term
		{"Canadian Prime Minister Paul Martin said on Monday that the talks would go on.", "2003-10-13", "title/not-yet-in-office"},                      // before the term began
		{"Canadian Prime Minister Stephen Harper said on Monday that the talks would go on.", "2010-12-21", ""},                                          // mid-term
		{"Former Canadian Prime Minister Stephen Harper said on Monday that the talks would go on.", "2010-12-21", "title/former-in-office"},             // former while in office
		{"Canadian Prime Minister-elect Stephen Harper said on Monday that the talks would go on.", "2010-12-21", "title/elect-after-start"},             // -elect after the start
		{"Canadian Prime Minister Stephen Harper took office.", "2006-02-06", ""},                                                                        // first day of the term
		{"Canadian Prime Minister Stephen Harper left office.", "2015-11-04", ""},                                                                        // last day of the term
		{"Canadian Prime Minister Stephen Harper said on Monday that the talks would go on.", "2016-02-02", "title/not-in-office"},                       // after the term ended
		{"Former Canadian Prime Minister Stephen Harper said on Monday that the talks would go on.", "2016-02-02", ""},                                   // former after the term
		{"Canadian Prime Minister Stephen Harper said on Monday that the talks would go on.", "2005-12-08", "title/not-yet-in-office"},                   // before the term began
		{"Canadian Prime Minister Justin Trudeau said on Monday that the talks would go on.", "2020-07-09", ""},                                          // mid-term
		{"Former Canadian Prime Minister Justin Trudeau said on Monday that the talks would go on.", "2020-07-09", "title/former-in-office"},             // former while in office
		{"Canadian Prime Minister-elect Justin Trudeau said on Monday that the talks would go on.", "2020-07-09", "title/elect-after-start"},             // -elect after the start
		{"Canadian Prime Minister Justin Trudeau took office.", "2015-11-04", ""},                                                                        // first day of the term
		{"Canadian Prime Minister Justin Trudeau left office.", "2025-03-14", ""},                                                                        // last day of the term
		{"Canadian Prime Minister Justin Trudeau said on Monday that the talks would go on.", "2025-06-12", "title/not-in-office"},                       // after the term ended
		{"Former Canadian Prime Minister Justin Trudeau said on Monday that the talks would go on.", "2025-06-12", ""},                                   // former after the term
		{"Canadian Prime Minister Justin Trudeau said on Monday that the talks would go on.", "2015-09-05", "title/not-yet-in-office"},                   // before the term began
		{"Canadian Prime Minister Mark Carney said on Monday that the talks would go on.", "2025-12-20", ""},                                             // mid-term
		{"Former Canadian Prime Minister Mark Carney said on Monday that the talks would go on.", "2025-12-20", "title/former-in-office"},                // former while in office
		{"Canadian Prime Minister-elect Mark Carney said on Monday that the talks would go on.", "2025-12-20", "title/elect-after-start"},                // -elect after the start
		{"Canadian Prime Minister Mark Carney took office.", "2025-03-14", ""},                                                                           // first day of the term
		{"Canadian Prime Minister Mark Carney said on Monday that the talks would go on.", "2025-01-13", "title/not-yet-in-office"},                      // before the term began
		{"Australian Prime Minister Paul Keating said on Monday that the talks would go on.", "1994-01-29", ""},                                          // mid-term
		{"Former Australian Prime Minister Paul Keating said on Monday that the talks would go on.", "1994-01-29", "title/former-in-office"},             // former while in office
		{"Australian Prime Minister-elect Paul Keating said on Monday that the talks would go on.", "1994-01-29", "title/elect-after-start"},             // -elect after the start
		{"Australian Prime Minister Paul Keating took office.", "1991-12-20", ""},                                                                        // first day of the term
		{"Australian Prime Minister Paul Keating left office.", "1996-03-11", ""},                                                                        // last day of the term
		{"Australian Prime Minister Paul Keating said on Monday that the talks would go on.", "1996-06-09", "title/not-in-office"},                       // after the term ended
		{"Former Australian Prime Minister Paul Keating said on Monday that the talks would go on.", "1996-06-09", ""},                                   // former after the term
		{"Australian Prime Minister Paul Keating said on Monday that the talks would go on.", "1991-10-21", "title/not-yet-in-office"},                   // before the term began
		{"Australian Prime Minister John Howard said on Monday that the talks would go on.", "2002-01-21", ""},                                           // mid-term
		{"Former Australian Prime Minister John Howard said on Monday that the talks would go on.", "2002-01-21", "title/former-in-office"},              // former while in office
		{"Australian Prime Minister-elect John Howard said on Monday that the talks would go on.", "2002-01-21", "title/elect-after-start"},              // -elect after the start
		{"Australian Prime Minister John Howard took office.", "1996-03-11", ""},                                                                         // first day of the term
		{"Australian Prime Minister John Howard left office.", "2007-12-03", ""},                                                                         // last day of the term
		{"Australian Prime Minister John Howard said on Monday that the talks would go on.", "2008-03-02", "title/not-in-office"},                        // after the term ended
		{"Former Australian Prime Minister John Howard said on Monday that the talks would go on.", "2008-03-02", ""},                                    // former after the term
		{"Australian Prime Minister John Howard said on Monday that the talks would go on.", "1996-01-11", "title/not-yet-in-office"},                    // before the term began
		{"Australian Prime Minister Kevin Rudd said on Monday that the talks would go on.", "2009-03-14", ""},                                            // mid-term
		{"Former Australian Prime Minister Kevin Rudd said on Monday that the talks would go on.", "2009-03-14", "title/former-in-office"},               // former while in office
		{"Australian Prime Minister-elect Kevin Rudd said on Monday that the talks would go on.", "2009-03-14", "title/elect-after-start"},               // -elect after the start
		{"Australian Prime Minister Kevin Rudd took office.", "2007-12-03", ""},                                                                          // first day of the term
		{"Australian Prime Minister Kevin Rudd left office.", "2010-06-24", ""},                                                                          // last day of the term
		{"Australian Prime Minister Kevin Rudd said on Monday that the talks would go on.", "2010-09-22", "title/not-in-office"},                         // after the term ended
		{"Former Australian Prime Minister Kevin Rudd said on Monday that the talks would go on.", "2010-09-22", ""},                                     // former after the term
		{"Australian Prime Minister Kevin Rudd said on Monday that the talks would go on.", "2007-10-04", "title/not-yet-in-office"},                     // before the term began
		{"Australian Prime Minister Julia Gillard said on Monday that the talks would go on.", "2011-12-25", ""},                                         // mid-term
		{"Former Australian Prime Minister Julia Gillard said on Monday that the talks would go on.", "2011-12-25", "title/former-in-office"},            // former while in office
		{"Australian Prime Minister-elect Julia Gillard said on Monday that the talks would go on.", "2011-12-25", "title/elect-after-start"},            // -elect after the start
		{"Australian Prime Minister Julia Gillard took office.", "2010-06-24", ""},                                                                       // first day of the term
		{"Australian Prime Minister Julia Gillard left office.", "2013-06-27", ""},                                                                       // last day of the term
		{"Australian Prime Minister Julia Gillard said on Monday that the talks would go on.", "2013-09-25", "title/not-in-office"},                      // after the term ended
		{"Former Australian Prime Minister Julia Gillard said on Monday that the talks would go on.", "2013-09-25", ""},                                  // former after the term
		{"Australian Prime Minister Julia Gillard said on Monday that the talks would go on.", "2010-04-25", "title/not-yet-in-office"},                  // before the term began
		{"Australian Prime Minister Kevin Rudd said on Monday that the talks would go on.", "2013-08-07", ""},                                            // mid-term
		{"Former Australian Prime Minister Kevin Rudd said on Monday that the talks would go on.", "2013-08-07", "title/former-in-office"},               // former while in office
		{"Australian Prime Minister-elect Kevin Rudd said on Monday that the talks would go on.", "2013-08-07", "title/elect-after-start"},               // -elect after the start
		{"Australian Prime Minister Kevin Rudd took office.", "2013-06-27", ""},                                                                          // first day of the term
		{"Australian Prime Minister Kevin Rudd left office.", "2013-09-18", ""},                                                                          // last day of the term
		{"Australian Prime Minister Kevin Rudd said on Monday that the talks would go on.", "2013-12-17", "title/not-in-office"},                         // after the term ended
		{"Former Australian Prime Minister Kevin Rudd said on Monday that the talks would go on.", "2013-12-17", ""},                                     // former after the term
		{"Australian Prime Minister Tony Abbott said on Monday that the talks would go on.", "2014-09-16", ""},                                           // mid-term
		{"Former Australian Prime Minister Tony Abbott said on Monday that the talks would go on.", "2014-09-16", "title/former-in-office"},              // former while in office
		{"Australian Prime Minister-elect Tony Abbott said on Monday that the talks would go on.", "2014-09-16", "title/elect-after-start"},              // -elect after the start
		{"Australian Prime Minister Tony Abbott took office.", "2013-09-18", ""},                                                                         // first day of the term
		{"Australian Prime Minister Tony Abbott left office.", "2015-09-15", ""},                                                                         // last day of the term
		{"Australian Prime Minister Tony Abbott said on Monday that the talks would go on.", "2015-12-14", "title/not-in-office"},                        // after the term ended
		{"Former Australian Prime Minister Tony Abbott said on Monday that the talks would go on.", "2015-12-14", ""},                                    // former after the term
		{"Australian Prime Minister Tony Abbott said on Monday that the talks would go on.", "2013-07-20", "title/not-yet-in-office"},                    // before the term began
		{"Turkish President Süleyman Demirel said on Monday that the talks would go on.", "1996-11-14", ""},                                              // mid-term
		{"Former Turkish President Süleyman Demirel said on Monday that the talks would go on.", "1996-11-14", "title/former-in-office"},                 // former while in office
		{"Turkish President-elect Süleyman Demirel said on Monday that the talks would go on.", "1996-11-14", "title/elect-after-start"},                 // -elect after the start
		{"Turkish President Süleyman Demirel took office.", "1993-05-16", ""},                                                                            // first day of the term
		{"Turkish President Süleyman Demirel left office.", "2000-05-16", ""},                                                                            // last day of the term
		{"Turkish President Süleyman Demirel said on Monday that the talks would go on.", "2000-08-14", "title/not-in-office"},                           // after the term ended
		{"Former Turkish President Süleyman Demirel said on Monday that the talks would go on.", "2000-08-14", ""},                                       // former after the term
		{"Turkish President Süleyman Demirel said on Monday that the talks would go on.", "1993-03-17", "title/not-yet-in-office"},                       // before the term began
		{"Turkish President Ahmet Necdet Sezer said on Monday that the talks would go on.", "2004-01-06", ""},                                            // mid-term
		{"Former Turkish President Ahmet Necdet Sezer said on Monday that the talks would go on.", "2004-01-06", "title/former-in-office"},               // former while in office
		{"Turkish President-elect Ahmet Necdet Sezer said on Monday that the talks would go on.", "2004-01-06", "title/elect-after-start"},               // -elect after the start
		{"Turkish President Ahmet Necdet Sezer took office.", "2000-05-16", ""},                                                                          // first day of the term
		{"Turkish President Ahmet Necdet Sezer left office.", "2007-08-28", ""},                                                                          // last day of the term
		{"Turkish President Ahmet Necdet Sezer said on Monday that the talks would go on.", "2007-11-26", "title/not-in-office"},                         // after the term ended
		{"Former Turkish President Ahmet Necdet Sezer said on Monday that the talks would go on.", "2007-11-26", ""},                                     // former after the term
		{"Turkish President Ahmet Necdet Sezer said on Monday that the talks would go on.", "2000-03-17", "title/not-yet-in-office"},                     // before the term began
		{"Turkish President Abdullah Gül said on Monday that the talks would go on.", "2011-02-26", ""},                                                  // mid-term
		{"Former Turkish President Abdullah Gül said on Monday that the talks would go on.", "2011-02-26", "title/former-in-office"},                     // former while in office
		{"Turkish President-elect Abdullah Gül said on Monday that the talks would go on.", "2011-02-26", "title/elect-after-start"},                     // -elect after the start
		{"Turkish President Abdullah Gül took office.", "2007-08-28", ""},                                                                                // first day of the term
		{"Turkish President Abdullah Gül left office.", "2014-08-28", ""},                                                                                // last day of the term
		{"Turkish President Abdullah Gül said on Monday that the talks would go on.", "2014-11-26", "title/not-in-office"},                               // after the term ended
		{"Former Turkish President Abdullah Gül said on Monday that the talks would go on.", "2014-11-26", ""},                                           // former after the term
		{"Turkish President Abdullah Gül said on Monday that the talks would go on.", "2007-06-29", "title/not-yet-in-office"},                           // before the term began
		{"Turkish President Recep Tayyip Erdoğan said on Monday that the talks would go on.", "2020-09-12", ""},                                          // mid-term
		{"Former Turkish President Recep Tayyip Erdoğan said on Monday that the talks would go on.", "2020-09-12", "title/former-in-office"},             // former while in office
		{"Turkish President-elect Recep Tayyip Erdoğan said on Monday that the talks would go on.", "2020-09-12", "title/elect-after-start"},             // -elect after the start
		{"Turkish President Recep Tayyip Erdoğan took office.", "2014-08-28", ""},                                                                        // first day of the term
		{"Turkish President Recep Tayyip Erdoğan said on Monday that the talks would go on.", "2014-06-29", "title/not-yet-in-office"},                   // before the term began
		{"Israeli Prime Minister Benjamin Netanyahu said on Monday that the talks would go on.", "1997-12-26", ""},                                       // mid-term
		{"Former Israeli Prime Minister Benjamin Netanyahu said on Monday that the talks would go on.", "1997-12-26", "title/former-in-office"},          // former while in office
		{"Israeli Prime Minister-elect Benjamin Netanyahu said on Monday that the talks would go on.", "1997-12-26", "title/elect-after-start"},          // -elect after the start
		{"Israeli Prime Minister Benjamin Netanyahu took office.", "1996-06-18", ""},                                                                     // first day of the term
		{"Israeli Prime Minister Benjamin Netanyahu left office.", "1999-07-06", ""},                                                                     // last day of the term
		{"Israeli Prime Minister Benjamin Netanyahu said on Monday that the talks would go on.", "1999-10-04", "title/not-in-office"},                    // after the term ended
		{"Former Israeli Prime Minister Benjamin Netanyahu said on Monday that the talks would go on.", "1999-10-04", ""},                                // former after the term
		{"Israeli Prime Minister Ehud Barak said on Monday that the talks would go on.", "2000-05-06", ""},                                               // mid-term
		{"Former Israeli Prime Minister Ehud Barak said on Monday that the talks would go on.", "2000-05-06", "title/former-in-office"},                  // former while in office
		{"Israeli Prime Minister-elect Ehud Barak said on Monday that the talks would go on.", "2000-05-06", "title/elect-after-start"},                  // -elect after the start
		{"Israeli Prime Minister Ehud Barak took office.", "1999-07-06", ""},                                                                             // first day of the term
		{"Israeli Prime Minister Ehud Barak left office.", "2001-03-07", ""},                                                                             // last day of the term
		{"Israeli Prime Minister Ehud Barak said on Monday that the talks would go on.", "2001-06-05", "title/not-in-office"},                            // after the term ended
		{"Former Israeli Prime Minister Ehud Barak said on Monday that the talks would go on.", "2001-06-05", ""},                                        // former after the term
		{"Israeli Prime Minister Ehud Barak said on Monday that the talks would go on.", "1999-05-07", "title/not-yet-in-office"},                        // before the term began
		{"Israeli Prime Minister Ariel Sharon said on Monday that the talks would go on.", "2003-09-25", ""},                                             // mid-term
		{"Former Israeli Prime Minister Ariel Sharon said on Monday that the talks would go on.", "2003-09-25", "title/former-in-office"},                // former while in office
		{"Israeli Prime Minister-elect Ariel Sharon said on Monday that the talks would go on.", "2003-09-25", "title/elect-after-start"},                // -elect after the start
		{"Israeli Prime Minister Ariel Sharon took office.", "2001-03-07", ""},                                                                           // first day of the term
		{"Israeli Prime Minister Ariel Sharon left office.", "2006-04-14", ""},                                                                           // last day of the term
		{"Israeli Prime Minister Ariel Sharon said on Monday that the talks would go on.", "2006-07-13", "title/not-in-office"},                          // after the term ended
		{"Former Israeli Prime Minister Ariel Sharon said on Monday that the talks would go on.", "2006-07-13", ""},                                      // former after the term
		{"Israeli Prime Minister Ariel Sharon said on Monday that the talks would go on.", "2001-01-06", "title/not-yet-in-office"},                      // before the term began
		{"Israeli Prime Minister Ehud Olmert said on Monday that the talks would go on.", "2007-10-07", ""},                                              // mid-term
		{"Former Israeli Prime Minister Ehud Olmert said on Monday that the talks would go on.", "2007-10-07", "title/former-in-office"},                 // former while in office
		{"Israeli Prime Minister-elect Ehud Olmert said on Monday that the talks would go on.", "2007-10-07", "title/elect-after-start"},                 // -elect after the start
		{"Israeli Prime Minister Ehud Olmert took office.", "2006-04-14", ""},                                                                            // first day of the term
		{"Israeli Prime Minister Ehud Olmert left office.", "2009-03-31", ""},                                                                            // last day of the term
		{"Israeli Prime Minister Ehud Olmert said on Monday that the talks would go on.", "2009-06-29", "title/not-in-office"},                           // after the term ended
		{"Former Israeli Prime Minister Ehud Olmert said on Monday that the talks would go on.", "2009-06-29", ""},                                       // former after the term
		{"Israeli Prime Minister Benjamin Netanyahu said on Monday that the talks would go on.", "2015-05-07", ""},                                       // mid-term
		{"Former Israeli Prime Minister Benjamin Netanyahu said on Monday that the talks would go on.", "2015-05-07", "title/former-in-office"},          // former while in office
		{"Israeli Prime Minister-elect Benjamin Netanyahu said on Monday that the talks would go on.", "2015-05-07", "title/elect-after-start"},          // -elect after the start
		{"Israeli Prime Minister Benjamin Netanyahu took office.", "2009-03-31", ""},                                                                     // first day of the term
		{"Israeli Prime Minister Benjamin Netanyahu left office.", "2021-06-13", ""},                                                                     // last day of the term
		{"Israeli Prime Minister Benjamin Netanyahu said on Monday that the talks would go on.", "2021-09-11", "title/not-in-office"},                    // after the term ended
		{"Former Israeli Prime Minister Benjamin Netanyahu said on Monday that the talks would go on.", "2021-09-11", ""},                                // former after the term
		{"Israeli Prime Minister Naftali Bennett said on Monday that the talks would go on.", "2021-12-21", ""},                                          // mid-term
		{"Former Israeli Prime Minister Naftali Bennett said on Monday that the talks would go on.", "2021-12-21", "title/former-in-office"},             // former while in office
		{"Israeli Prime Minister-elect Naftali Bennett said on Monday that the talks would go on.", "2021-12-21", "title/elect-after-start"},             // -elect after the start
		{"Israeli Prime Minister Naftali Bennett took office.", "2021-06-13", ""},                                                                        // first day of the term
		{"Israeli Prime Minister Naftali Bennett left office.", "2022-06-30", ""},                                                                        // last day of the term
		{"Israeli Prime Minister Naftali Bennett said on Monday that the talks would go on.", "2022-09-28", "title/not-in-office"},                       // after the term ended
		{"Former Israeli Prime Minister Naftali Bennett said on Monday that the talks would go on.", "2022-09-28", ""},                                   // former after the term
		{"Israeli Prime Minister Naftali Bennett said on Monday that the talks would go on.", "2021-04-14", "title/not-yet-in-office"},                   // before the term began
		{"Israeli President Shimon Peres said on Monday that the talks would go on.", "2011-01-18", ""},                                                  // mid-term
		{"Former Israeli President Shimon Peres said on Monday that the talks would go on.", "2011-01-18", "title/former-in-office"},                     // former while in office
		{"Israeli President-elect Shimon Peres said on Monday that the talks would go on.", "2011-01-18", "title/elect-after-start"},                     // -elect after the start
		{"Israeli President Shimon Peres took office.", "2007-07-15", ""},                                                                                // first day of the term
		{"Israeli President Shimon Peres left office.", "2014-07-24", ""},                                                                                // last day of the term
		{"Israeli President Shimon Peres said on Monday that the talks would go on.", "2014-10-22", "title/not-in-office"},                               // after the term ended
		{"Former Israeli President Shimon Peres said on Monday that the talks would go on.", "2014-10-22", ""},                                           // former after the term
		{"Israeli President Reuven Rivlin said on Monday that the talks would go on.", "2018-01-14", ""},                                                 // mid-term
		{"Former Israeli President Reuven Rivlin said on Monday that the talks would go on.", "2018-01-14", "title/former-in-office"},                    // former while in office
		{"Israeli President-elect Reuven Rivlin said on Monday that the talks would go on.", "2018-01-14", "title/elect-after-start"},                    // -elect after the start
		{"Israeli President Reuven Rivlin took office.", "2014-07-24", ""},                                                                               // first day of the term
		{"Israeli President Reuven Rivlin left office.", "2021-07-07", ""},                                                                               // last day of the term
		{"Israeli President Reuven Rivlin said on Monday that the talks would go on.", "2021-10-05", "title/not-in-office"},                              // after the term ended
		{"Former Israeli President Reuven Rivlin said on Monday that the talks would go on.", "2021-10-05", ""},                                          // former after the term
		{"Israeli President Reuven Rivlin said on Monday that the talks would go on.", "2014-05-25", "title/not-yet-in-office"},                          // before the term began
		{"Israeli President Isaac Herzog said on Monday that the talks would go on.", "2024-02-16", ""},                                                  // mid-term
		{"Former Israeli President Isaac Herzog said on Monday that the talks would go on.", "2024-02-16", "title/former-in-office"},                     // former while in office
		{"Israeli President-elect Isaac Herzog said on Monday that the talks would go on.", "2024-02-16", "title/elect-after-start"},                     // -elect after the start
		{"Israeli President Isaac Herzog took office.", "2021-07-07", ""},                                                                                // first day of the term
		{"Israeli President Isaac Herzog said on Monday that the talks would go on.", "2021-05-08", "title/not-yet-in-office"},                           // before the term began
		{"Ukrainian President Petro Poroshenko said on Monday that the talks would go on.", "2016-11-27", ""},                                            // mid-term
		{"Former Ukrainian President Petro Poroshenko said on Monday that the talks would go on.", "2016-11-27", "title/former-in-office"},               // former while in office
		{"Ukrainian President-elect Petro Poroshenko said on Monday that the talks would go on.", "2016-11-27", "title/elect-after-start"},               // -elect after the start
		{"Ukrainian President Petro Poroshenko took office.", "2014-06-07", ""},                                                                          // first day of the term
		{"Ukrainian President Petro Poroshenko left office.", "2019-05-20", ""},                                                                          // last day of the term
		{"Ukrainian President Petro Poroshenko said on Monday that the talks would go on.", "2019-08-18", "title/not-in-office"},                         // after the term ended
		{"Former Ukrainian President Petro Poroshenko said on Monday that the talks would go on.", "2019-08-18", ""},                                     // former after the term
		{"Ukrainian President Volodymyr Zelenskyy said on Monday that the talks would go on.", "2023-01-23", ""},                                         // mid-term
		{"Former Ukrainian President Volodymyr Zelenskyy said on Monday that the talks would go on.", "2023-01-23", "title/former-in-office"},            // former while in office
		{"Ukrainian President-elect Volodymyr Zelenskyy said on Monday that the talks would go on.", "2023-01-23", "title/elect-after-start"},            // -elect after the start
		{"Ukrainian President Volodymyr Zelenskyy took office.", "2019-05-20", ""},                                                                       // first day of the term
		{"Ukrainian President Volodymyr Zelenskyy said on Monday that the talks would go on.", "2019-03-21", "title/not-yet-in-office"},                  // before the term began
		{"Iranian President Mahmoud Ahmadinejad said on Monday that the talks would go on.", "2009-08-03", ""},                                           // mid-term
		{"Former Iranian President Mahmoud Ahmadinejad said on Monday that the talks would go on.", "2009-08-03", "title/former-in-office"},              // former while in office
		{"Iranian President-elect Mahmoud Ahmadinejad said on Monday that the talks would go on.", "2009-08-03", "title/elect-after-start"},              // -elect after the start
		{"Iranian President Mahmoud Ahmadinejad took office.", "2005-08-03", ""},                                                                         // first day of the term
		{"Iranian President Mahmoud Ahmadinejad left office.", "2013-08-03", ""},                                                                         // last day of the term
		{"Iranian President Mahmoud Ahmadinejad said on Monday that the talks would go on.", "2013-11-01", "title/not-in-office"},                        // after the term ended
		{"Former Iranian President Mahmoud Ahmadinejad said on Monday that the talks would go on.", "2013-11-01", ""},                                    // former after the term
		{"Iranian President Hassan Rouhani said on Monday that the talks would go on.", "2017-08-03", ""},                                                // mid-term
		{"Former Iranian President Hassan Rouhani said on Monday that the talks would go on.", "2017-08-03", "title/former-in-office"},                   // former while in office
		{"Iranian President-elect Hassan Rouhani said on Monday that the talks would go on.", "2017-08-03", "title/elect-after-start"},                   // -elect after the start
		{"Iranian President Hassan Rouhani took office.", "2013-08-03", ""},                                                                              // first day of the term
		{"Iranian President Hassan Rouhani left office.", "2021-08-03", ""},                                                                              // last day of the term
		{"Iranian President Hassan Rouhani said on Monday that the talks would go on.", "2021-11-01", "title/not-in-office"},                             // after the term ended
		{"Former Iranian President Hassan Rouhani said on Monday that the talks would go on.", "2021-11-01", ""},                                         // former after the term
		{"Iranian President Hassan Rouhani said on Monday that the talks would go on.", "2013-06-04", "title/not-yet-in-office"},                         // before the term began
		{"Iranian President Ebrahim Raisi said on Monday that the talks would go on.", "2022-12-26", ""},                                                 // mid-term
		{"Former Iranian President Ebrahim Raisi said on Monday that the talks would go on.", "2022-12-26", "title/former-in-office"},                    // former while in office
		{"Iranian President-elect Ebrahim Raisi said on Monday that the talks would go on.", "2022-12-26", "title/elect-after-start"},                    // -elect after the start
		{"Iranian President Ebrahim Raisi took office.", "2021-08-03", ""},                                                                               // first day of the term
		{"Iranian President Ebrahim Raisi left office.", "2024-05-19", ""},                                                                               // last day of the term
		{"Iranian President Ebrahim Raisi said on Monday that the talks would go on.", "2024-08-17", "title/not-in-office"},                              // after the term ended
		{"Former Iranian President Ebrahim Raisi said on Monday that the talks would go on.", "2024-08-17", ""},                                          // former after the term
		{"Iranian President Ebrahim Raisi said on Monday that the talks would go on.", "2021-06-04", "title/not-yet-in-office"},                          // before the term began
		{"Iranian President Masoud Pezeshkian said on Monday that the talks would go on.", "2025-08-28", ""},                                             // mid-term
		{"Former Iranian President Masoud Pezeshkian said on Monday that the talks would go on.", "2025-08-28", "title/former-in-office"},                // former while in office
		{"Iranian President-elect Masoud Pezeshkian said on Monday that the talks would go on.", "2025-08-28", "title/elect-after-start"},                // -elect after the start
		{"Iranian President Masoud Pezeshkian took office.", "2024-07-28", ""},                                                                           // first day of the term
		{"Taiwanese President Ma Ying-jeou said on Monday that the talks would go on.", "2012-05-20", ""},                                                // mid-term
		{"Former Taiwanese President Ma Ying-jeou said on Monday that the talks would go on.", "2012-05-20", "title/former-in-office"},                   // former while in office
		{"Taiwanese President-elect Ma Ying-jeou said on Monday that the talks would go on.", "2012-05-20", "title/elect-after-start"},                   // -elect after the start
		{"Taiwanese President Ma Ying-jeou took office.", "2008-05-20", ""},                                                                              // first day of the term
		{"Taiwanese President Ma Ying-jeou left office.", "2016-05-20", ""},                                                                              // last day of the term
		{"Taiwanese President Ma Ying-jeou said on Monday that the talks would go on.", "2016-08-18", "title/not-in-office"},                             // after the term ended
		{"Former Taiwanese President Ma Ying-jeou said on Monday that the talks would go on.", "2016-08-18", ""},                                         // former after the term
		{"Taiwanese President Tsai Ing-wen said on Monday that the talks would go on.", "2020-05-20", ""},                                                // mid-term
		{"Former Taiwanese President Tsai Ing-wen said on Monday that the talks would go on.", "2020-05-20", "title/former-in-office"},                   // former while in office
		{"Taiwanese President-elect Tsai Ing-wen said on Monday that the talks would go on.", "2020-05-20", "title/elect-after-start"},                   // -elect after the start
		{"Taiwanese President Tsai Ing-wen took office.", "2016-05-20", ""},                                                                              // first day of the term
		{"Taiwanese President Tsai Ing-wen left office.", "2024-05-20", ""},                                                                              // last day of the term
		{"Taiwanese President Tsai Ing-wen said on Monday that the talks would go on.", "2024-08-18", "title/not-in-office"},                             // after the term ended
		{"Former Taiwanese President Tsai Ing-wen said on Monday that the talks would go on.", "2024-08-18", ""},                                         // former after the term
		{"Taiwanese President Tsai Ing-wen said on Monday that the talks would go on.", "2016-03-21", "title/not-yet-in-office"},                         // before the term began
		{"Taiwanese President Lai Ching-te said on Monday that the talks would go on.", "2025-07-24", ""},                                                // mid-term
		{"Former Taiwanese President Lai Ching-te said on Monday that the talks would go on.", "2025-07-24", "title/former-in-office"},                   // former while in office
		{"Taiwanese President-elect Lai Ching-te said on Monday that the talks would go on.", "2025-07-24", "title/elect-after-start"},                   // -elect after the start
		{"Taiwanese President Lai Ching-te took office.", "2024-05-20", ""},                                                                              // first day of the term
		{"Taiwanese President Lai Ching-te said on Monday that the talks would go on.", "2024-03-21", "title/not-yet-in-office"},                         // before the term began
		{"Pope Benedict XVI said on Monday that the talks would go on.", "2009-03-25", ""},                                                               // mid-term
		{"Pope Benedict XVI took office.", "2005-04-19", ""},                                                                                             // first day of the term
		{"Pope Benedict XVI left office.", "2013-02-28", ""},                                                                                             // last day of the term
		{"Pope Francis said on Monday that the talks would go on.", "2019-04-02", ""},                                                                    // mid-term
		{"Pope Francis took office.", "2013-03-13", ""},                                                                                                  // first day of the term
		{"Pope Francis left office.", "2025-04-21", ""},                                                                                                  // last day of the term
		{"Pope Leo XIV said on Monday that the talks would go on.", "2026-01-17", ""},                                                                    // mid-term
		{"Pope Leo XIV took office.", "2025-05-08", ""},                                                                                                  // first day of the term
		{"European Commission President Jean-Claude Juncker said on Monday that the talks would go on.", "2017-05-16", ""},                               // mid-term
		{"Former European Commission President Jean-Claude Juncker said on Monday that the talks would go on.", "2017-05-16", "title/former-in-office"},  // former while in office
		{"European Commission President-elect Jean-Claude Juncker said on Monday that the talks would go on.", "2017-05-16", "title/elect-after-start"},  // -elect after the start
		{"European Commission President Jean-Claude Juncker took office.", "2014-11-01", ""},                                                             // first day of the term
		{"European Commission President Jean-Claude Juncker left office.", "2019-11-30", ""},                                                             // last day of the term
		{"European Commission President Jean-Claude Juncker said on Monday that the talks would go on.", "2020-02-28", "title/not-in-office"},            // after the term ended
		{"Former European Commission President Jean-Claude Juncker said on Monday that the talks would go on.", "2020-02-28", ""},                        // former after the term
		{"European Commission President Ursula von der Leyen said on Monday that the talks would go on.", "2023-04-30", ""},                              // mid-term
		{"Former European Commission President Ursula von der Leyen said on Monday that the talks would go on.", "2023-04-30", "title/former-in-office"}, // former while in office
		{"European Commission President-elect Ursula von der Leyen said on Monday that the talks would go on.", "2023-04-30", "title/elect-after-start"}, // -elect after the start
		{"European Commission President Ursula von der Leyen took office.", "2019-12-01", ""},                                                            // first day of the term
		{"European Commission President Ursula von der Leyen said on Monday that the talks would go on.", "2019-10-02", "title/not-yet-in-office"},       // before the term began
		{"European Council President Herman Van Rompuy said on Monday that the talks would go on.", "2012-05-31", ""},                                    // mid-term
		{"Former European Council President Herman Van Rompuy said on Monday that the talks would go on.", "2012-05-31", "title/former-in-office"},       // former while in office
		{"European Council President-elect Herman Van Rompuy said on Monday that the talks would go on.", "2012-05-31", "title/elect-after-start"},       // -elect after the start
		{"European Council President Herman Van Rompuy took office.", "2009-12-01", ""},                                                                  // first day of the term
		{"European Council President Herman Van Rompuy left office.", "2014-11-30", ""},                                                                  // last day of the term
		{"European Council President Herman Van Rompuy said on Monday that the talks would go on.", "2015-02-28", "title/not-in-office"},                 // after the term ended
		{"Former European Council President Herman Van Rompuy said on Monday that the talks would go on.", "2015-02-28", ""},                             // former after the term
		{"European Council President Donald Tusk said on Monday that the talks would go on.", "2017-05-31", ""},                                          // mid-term
		{"Former European Council President Donald Tusk said on Monday that the talks would go on.", "2017-05-31", "title/former-in-office"},             // former while in office
		{"European Council President-elect Donald Tusk said on Monday that the talks would go on.", "2017-05-31", "title/elect-after-start"},             // -elect after the start
		{"European Council President Donald Tusk took office.", "2014-12-01", ""},                                                                        // first day of the term
		{"European Council President Donald Tusk left office.", "2019-11-30", ""},                                                                        // last day of the term
		{"European Council President Donald Tusk said on Monday that the talks would go on.", "2020-02-28", "title/not-in-office"},                       // after the term ended
		{"Former European Council President Donald Tusk said on Monday that the talks would go on.", "2020-02-28", ""},                                   // former after the term
		{"European Council President Donald Tusk said on Monday that the talks would go on.", "2014-10-02", "title/not-yet-in-office"},                   // before the term began
		{"European Council President Charles Michel said on Monday that the talks would go on.", "2022-06-01", ""},                                       // mid-term
		{"Former European Council President Charles Michel said on Monday that the talks would go on.", "2022-06-01", "title/former-in-office"},          // former while in office
		{"European Council President-elect Charles Michel said on Monday that the talks would go on.", "2022-06-01", "title/elect-after-start"},          // -elect after the start
		{"European Council President Charles Michel took office.", "2019-12-01", ""},                                                                     // first day of the term
		{"European Council President Charles Michel left office.", "2024-11-30", ""},                                                                     // last day of the term
		{"European Council President Charles Michel said on Monday that the talks would go on.", "2025-02-28", "title/not-in-office"},                    // after the term ended
		{"Former European Council President Charles Michel said on Monday that the talks would go on.", "2025-02-28", ""},                                // former after the term
		{"European Council President Charles Michel said on Monday that the talks would go on.", "2019-10-02", "title/not-yet-in-office"},                // before the term began
		{"NATO Secretary General Anders Fogh Rasmussen said on Monday that the talks would go on.", "2012-03-01", ""},                                    // mid-term
		{"Former NATO Secretary General Anders Fogh Rasmussen said on Monday that the talks would go on.", "2012-03-01", "title/former-in-office"},       // former while in office
		{"NATO Secretary General-elect Anders Fogh Rasmussen said on Monday that the talks would go on.", "2012-03-01", "title/elect-after-start"},       // -elect after the start
		{"NATO Secretary General Anders Fogh Rasmussen took office.", "2009-08-01", ""},                                                                  // first day of the term
		{"NATO Secretary General Anders Fogh Rasmussen left office.", "2014-09-30", ""},                                                                  // last day of the term
		{"NATO Secretary General Anders Fogh Rasmussen said on Monday that the talks would go on.", "2014-12-30", "title/not-in-office"},                 // after the term ended
		{"Former NATO Secretary General Anders Fogh Rasmussen said on Monday that the talks would go on.", "2014-12-30", ""},                             // former after the term
		{"NATO Secretary General Jens Stoltenberg said on Monday that the talks would go on.", "2019-10-01", ""},                                         // mid-term
		{"Former NATO Secretary General Jens Stoltenberg said on Monday that the talks would go on.", "2019-10-01", "title/former-in-office"},            // former while in office
		{"NATO Secretary General-elect Jens Stoltenberg said on Monday that the talks would go on.", "2019-10-01", "title/elect-after-start"},            // -elect after the start
		{"NATO Secretary General Jens Stoltenberg took office.", "2014-10-01", ""},                                                                       // first day of the term
		{"NATO Secretary General Jens Stoltenberg left office.", "2024-10-01", ""},                                                                       // last day of the term
		{"NATO Secretary General Jens Stoltenberg said on Monday that the talks would go on.", "2024-12-30", "title/not-in-office"},                      // after the term ended
		{"Former NATO Secretary General Jens Stoltenberg said on Monday that the talks would go on.", "2024-12-30", ""},                                  // former after the term
		{"NATO Secretary General Jens Stoltenberg said on Monday that the talks would go on.", "2014-08-02", "title/not-yet-in-office"},                  // before the term began
		{"Kremlin spokesman Dmitry Peskov said on Monday that the talks would go on.", "2019-07-26", ""},                                                 // mid-term
		{"Former Kremlin spokesman Dmitry Peskov said on Monday that the talks would go on.", "2019-07-26", "title/former-in-office"},                    // former while in office
		{"Kremlin spokesman-elect Dmitry Peskov said on Monday that the talks would go on.", "2019-07-26", "title/elect-after-start"},                    // -elect after the start
		{"Kremlin spokesman Dmitry Peskov took office.", "2012-05-22", ""},                                                                               // first day of the term
		// Hand cases: date edges, look-alike offices, name variants.
		{"President Donald Trump said on Monday he would sign the orders.", "2025-01-20", ""},          // US inauguration day
		{"Former President Joe Biden said on Monday he would return to Delaware.", "2025-01-20", ""},   // inauguration day, outgoing
		{"President Joe Biden said on Monday he would return to Delaware.", "2025-01-20", ""},          // inauguration day, outgoing
		{"President Joe Biden said on Monday he would campaign.", "2025-01-22", "title/not-in-office"}, // two days after
		{"President-elect Donald Trump said on Monday he would name nominees.", "2024-12-10", ""},      // -elect before the term
		{"Brazilian President-elect Luiz Inácio Lula da Silva said on Monday he would travel.", "2022-11-15", ""},
		{"President-elect Donald Trump said on Monday he would act.", "2025-02-10", "title/elect-after-start"},
		{"Acting Defense Secretary Patrick Shanahan said on Monday the plan was sound.", "2019-03-04", ""}, // acting period
		{"Defense Secretary Patrick Shanahan said on Monday the plan was sound.", "2019-03-04", ""},
		{"Israeli Prime Minister Ehud Olmert said on Monday the talks would go on.", "2006-02-06", ""}, // acting while Sharon was incapacitated
		{"Pope Francis said on Monday that peace was possible.", "2025-04-21", ""},                     // died in office that day
		{"Pope Francis said on Monday that peace was possible.", "2025-06-02", "title/not-in-office"},
		{"The late Pope Francis said on Monday that peace was possible.", "2025-06-02", ""},
		{"Pope Leo XIV said on Monday that peace was possible.", "2025-06-02", ""},
		{"Pope John Paul II said on Monday that peace was possible.", "2004-05-03", ""},
		{"Pope Benedict XVI said on Monday that peace was possible.", "2004-05-03", "title/not-yet-in-office"},
		{"The late Israeli Prime Minister Ariel Sharon was remembered on Monday.", "2024-03-04", ""},
		{"Chinese President Li Qiang said on Monday that trade would grow.", "2024-05-06", "title/wrong-office"},
		{"Chinese Premier Xi Jinping said on Monday that trade would grow.", "2024-05-06", "title/wrong-office"},
		{"Chinese Premier Li Qiang said on Monday that trade would grow.", "2024-05-06", ""},
		{"Israeli President Benjamin Netanyahu said on Monday the war would go on.", "2024-05-06", "title/wrong-office"},
		{"Israeli Prime Minister Isaac Herzog said on Monday the war would go on.", "2024-05-06", "title/wrong-office"},
		{"Israeli premier Benjamin Netanyahu said on Monday the war would go on.", "2024-05-06", ""},
		{"German Chancellor Frank-Walter Steinmeier said on Monday the budget was sound.", "2024-05-06", "title/wrong-office"},
		{"German Federal President Olaf Scholz said on Monday the budget was sound.", "2024-05-06", "title/wrong-office"},
		{"German Federal President Frank-Walter Steinmeier said on Monday the budget was sound.", "2024-05-06", ""},
		{"Turkish President Tayyip Erdogan said on Monday the talks would go on.", "2024-05-06", ""},
		{"Turkish President Recep Tayyip Erdoğan said on Monday the talks would go on.", "2024-05-06", ""},
		{"Ukrainian President Volodymyr Zelensky said on Monday the talks would go on.", "2024-05-06", ""},
		{"Ukrainian President Volodymyr Zelenskyy said on Monday the talks would go on.", "2024-05-06", ""},
		{"North Korean leader Kim Jong-un said on Monday the tests would go on.", "2024-05-06", ""},
		{"North Korean leader Kim Jong Un said on Monday the tests would go on.", "2024-05-06", ""},
		{"Saudi Crown Prince Mohammed bin Salman said on Monday the talks would go on.", "2024-05-06", ""},
		{"Brazilian President Lula said on Monday the talks would go on.", "2024-05-06", ""},
		{"Brazilian President Lula da Silva said on Monday the talks would go on.", "2024-05-06", ""},
		{"President George W. Bush said on Monday the war had begun.", "2003-03-24", ""},
		{"President George H. W. Bush said on Monday the war had ended.", "1991-03-04", ""},
		{"Vice President George H. W. Bush said on Monday the talks would go on.", "1991-03-04", "title/wrong-office"},
		{"South Korean Prime Minister Lee Nak-yon said on Monday the talks would go on.", "2018-06-04", ""},
		{"South Korean President Lee Jae-myung said on Monday the talks would go on.", "2025-09-01", ""},
		{"South Korean President Lee Jae-myung said on Monday the talks would go on.", "2018-06-04", "title/not-yet-in-office"},
		{"EU High Representative Josep Borrell said on Monday the sanctions would stay.", "2025-06-02", "title/not-in-office"},
		{"EU High Representative Kaja Kallas said on Monday the sanctions would stay.", "2025-06-02", ""},
		{"European Council President Charles Michel said on Monday the summit would go on.", "2025-03-03", "title/not-in-office"},
		{"NATO chief Mark Rutte said on Monday the alliance would hold.", "2025-03-03", ""},
		{"Britain's Prime Minister Keir Starmer said on Monday the talks would go on.", "2025-03-03", ""},
		{"UK Foreign Secretary David Lammy said on Monday the talks would go on.", "2025-03-03", ""},
		{"Kremlin spokesman Dmitry Peskov said on Monday the talks would go on.", "2025-03-03", ""},
		{"White House press secretary Karoline Leavitt said on Monday the talks would go on.", "2025-03-03", ""},
		{"White House press secretary Karine Jean-Pierre said on Monday the talks would go on.", "2025-03-03", "title/not-in-office"},
		{"Iran's Supreme Leader Ali Khamenei said on Monday the talks would go on.", "2025-03-03", ""},
		{"President of Russia Vladimir Putin said on Monday the talks would go on.", "2025-03-03", ""},
		{"Russian Prime Minister Vladimir Putin said on Monday the talks would go on.", "2025-03-03", "title/wrong-office"},
		// world-hand.yaml: countries the generated sources miss.
		{"Hungarian Prime Minister Péter Magyar said on Monday the talks would go on.", "2026-04-20", "title/not-yet-in-office"}, // elected, not yet sworn in
		{"Hungarian Prime Minister Péter Magyar took office.", "2026-05-09", ""},
		{"Polish President Karol Nawrocki said on Monday the talks would go on.", "2025-06-02", "title/not-yet-in-office"},
		{"Syrian President Bashar Assad said on Monday the talks would go on.", "2025-03-03", "title/not-in-office"},
		{"Syrian President Bashar Assad said on Monday the talks would go on.", "2020-03-03", ""},
		{"Belarusian President Alexander Lukashenka said on Monday the talks would go on.", "2023-05-01", ""},
		{"Ukrainian Foreign Minister Dmytro Kuleba said on Monday the talks would go on.", "2024-10-07", "title/not-in-office"},
		{"Ukrainian Prime Minister Yulia Svyrydenko said on Monday the talks would go on.", "2025-09-01", ""},
		{"Ukrainian President Viktor Yanukovych said on Monday the talks would go on.", "2015-03-02", "title/not-in-office"},
		{"Israeli Defense Minister Israel Katz said on Monday the war would go on.", "2024-06-03", "title/not-yet-in-office"}, // foreign minister then; defence minister from 2024-11-05
		{"Israeli Foreign Minister Israel Katz said on Monday the war would go on.", "2024-06-03", ""},
		{"Israeli President Moshe Katsav said on Monday the talks would go on.", "2008-03-03", "title/not-in-office"},
		{"Venezuelan President Nicolás Maduro said on Monday the talks would go on.", "2026-02-02", ""}, // term open until his capture: no verdict after it
		{"Taiwan's Premier Cho Jung-tai said on Monday the budget was sound.", "2024-06-03", ""},
		{"Pakistani President Arif Alvi said on Monday the talks would go on.", "2024-03-10", ""}, // handover day
		// UK Secretary of State posts (IfG data): renamed departments are one office.
		{"Health Secretary Jeremy Hunt said on Monday the NHS would cope.", "2017-03-01", ""}, // Secretary of State for Health
		{"Health Secretary Jeremy Hunt said on Monday the NHS would cope.", "2018-03-01", ""}, // renamed Health and Social Care on 2018-01-08
		{"UK Health Secretary Matt Hancock said on Monday the NHS would cope.", "2020-05-04", ""},
		{"UK Health Secretary Matt Hancock said on Monday the NHS would cope.", "2017-03-01", "title/not-yet-in-office"},
		{"Education Secretary Gavin Williamson said on Monday schools would reopen.", "2020-06-01", ""},
		{"Northern Ireland Secretary Brandon Lewis said on Monday the talks would go on.", "2021-03-01", ""},
		{"Chancellor Rishi Sunak said Chief Secretary to the Treasury Steve Barclay would lead the review.", "2021-03-01", ""},
		{"Work and Pensions Secretary Therese Coffey said on Monday the reform would go on.", "2020-03-02", ""},
		{"Scotland Secretary Alister Jack said on Monday the talks would go on.", "2021-03-01", ""},
	}
	for _, tt := range tests {
		t.Run(tt.day+" "+tt.sentence, func(t *testing.T) {
			fs := check(t, k, tt.sentence, tt.day)
			got := ""
			for _, f := range fs {
				if f.Confidence >= 0.5 {
					got = f.Rule
					break
				}
			}
			if got != tt.want {
				t.Errorf("CheckTitles(%q at %s) = %q, want %q (findings: %v)", tt.sentence, tt.day, got, tt.want, fs)
			}
		})
	}
}
