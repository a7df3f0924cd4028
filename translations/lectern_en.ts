<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CatalogText</name>
    <message>
        <location filename="../ui/text/catalog_text.cpp" line="+10"/>
        <source>Programming</source>
        <translation>Programming</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data &amp; AI</source>
        <translation>Data &amp; AI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Music</source>
        <translation>Music</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photography</source>
        <translation>Photography</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exam prep</source>
        <translation>Exam prep</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal growth</source>
        <translation>Personal growth</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Beginner</source>
        <translation>Beginner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate</source>
        <translation>Intermediate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Owned</source>
        <translation>Owned</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A file could not be read or written.</source>
        <translation>A file could not be read or written.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local library could not be read.</source>
        <translation>The local library could not be read.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local library is busy. Another Lectern window may be using it; try again in a moment.</source>
        <translation>The local library is busy. Another Lectern window may be using it; try again in a moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This data folder was created by a newer version of Lectern.</source>
        <translation>This data folder was created by a newer version of Lectern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item could not be found.</source>
        <translation>The item could not be found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request was not valid.</source>
        <translation>The request was not valid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog data is damaged or in an unknown format.</source>
        <translation>The catalog data is damaged or in an unknown format.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This data folder was created by a newer version of Lectern, so this version cannot open it without risking your notes and progress. Nothing in it was changed.

Install the newer version of Lectern, or start this one with a different data folder (--data-dir).

Data folder: %1</source>
        <translation>This data folder was created by a newer version of Lectern, so this version cannot open it without risking your notes and progress. Nothing in it was changed.

Install the newer version of Lectern, or start this one with a different data folder (--data-dir).

Data folder: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your library is in use by another program, probably another Lectern window. Close it and start Lectern again.

Data folder: %1</source>
        <translation>Your library is in use by another program, probably another Lectern window. Close it and start Lectern again.

Data folder: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lectern cannot read or write its data folder. Check that the folder exists, that you may write to it and that the disk is not full.

Data folder: %1</source>
        <translation>Lectern cannot read or write its data folder. Check that the folder exists, that you may write to it and that the disk is not full.

Data folder: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lectern could not open your library. The file may be damaged.

Data folder: %1</source>
        <translation>Lectern could not open your library. The file may be damaged.

Data folder: %1</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <location filename="../ui/shell/startup_error.cpp" line="+15"/>
        <source>Lectern cannot start</source>
        <translation>Lectern cannot start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lectern could not open your library.</source>
        <translation>Lectern could not open your library.</translation>
    </message>
</context>
<context>
    <name>lectern::ui::CourseCardDelegate</name>
    <message>
        <location filename="../ui/discover/course_card_delegate.cpp" line="+230"/>
        <source>No ratings yet</source>
        <translation>No ratings yet</translation>
    </message>
</context>
<context>
    <name>lectern::ui::CourseGridModel</name>
    <message>
        <location filename="../ui/discover/course_grid_model.cpp" line="+147"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This course is no longer available</source>
        <translation>This course is no longer available</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, by %2, %3</source>
        <translation>%1, by %2, %3</translation>
    </message>
</context>
<context>
    <name>lectern::ui::CoursePage</name>
    <message>
        <location filename="../ui/course/course_page.cpp" line="+70"/>
        <source>Discover</source>
        <translation>Discover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to Discover (Esc)</source>
        <translation>Back to Discover (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Discover</source>
        <translation>Back to Discover</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Purchasing is not available yet in this version of Lectern.</source>
        <translation>Purchasing is not available yet in this version of Lectern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purchasing is not available yet in this version.</source>
        <translation>Purchasing is not available yet in this version.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+53"/>
        <source>Course content</source>
        <translation>Course content</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>About this course</source>
        <translation>About this course</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About the instructor</source>
        <translation>About the instructor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>This course is no longer available</source>
        <translation>This course is no longer available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been withdrawn by its instructor. Go back to Discover to find another.</source>
        <translation>It may have been withdrawn by its instructor. Go back to Discover to find another.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This course could not be opened</source>
        <translation>This course could not be opened</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Taught by %1</source>
        <translation>Taught by %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taught by %1 · %2</source>
        <translation>Taught by %1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>(%Ln rating(s))</source>
        <translation>
            <numerusform>(%Ln rating)</numerusform>
            <numerusform>(%Ln ratings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+4"/>
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln student</numerusform>
            <numerusform>%Ln students</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Rated %1 out of 5</source>
        <translation>Rated %1 out of 5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ratings yet</source>
        <translation>No ratings yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 in total</source>
        <translation>%1 in total</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+18"/>
        <source>%Ln lesson(s)</source>
        <translation>
            <numerusform>%Ln lesson</numerusform>
            <numerusform>%Ln lessons</numerusform>
        </translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Taught in %1</source>
        <translation>Taught in %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start learning</source>
        <translation>Start learning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrol for free</source>
        <translation>Enrol for free</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buy course</source>
        <translation>Buy course</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln section(s)</source>
        <translation>
            <numerusform>%Ln section</numerusform>
            <numerusform>%Ln sections</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ui::DiscoverPage</name>
    <message>
        <location filename="../ui/discover/discover_page.cpp" line="+56"/>
        <source>Discover</source>
        <translation>Discover</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search courses, instructors and topics</source>
        <translation>Search courses, instructors and topics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the catalog</source>
        <translation>Search the catalog</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Number of results</source>
        <translation>Number of results</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Sort by:</source>
        <translation>Sort by:</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Loading the catalog…</source>
        <translation>Loading the catalog…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any level</source>
        <translation>Any level</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>Any language</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free and paid</source>
        <translation>Free and paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned</source>
        <translation>Owned</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More filters: price range and length</source>
        <translation>More filters: price range and length</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price range and course length</source>
        <translation>Price range and course length</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sort order</source>
        <translation>Sort order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best match</source>
        <translation>Best match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest rated</source>
        <translation>Highest rated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most popular</source>
        <translation>Most popular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest</source>
        <translation>Newest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price: low to high</source>
        <translation>Price: low to high</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price: high to low</source>
        <translation>Price: high to low</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More filters (%1)</source>
        <translation>More filters (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More filters</source>
        <translation>More filters</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Search is not available right now</source>
        <translation>Search is not available right now</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln course(s)</source>
        <translation>
            <numerusform>%Ln course</numerusform>
            <numerusform>%Ln courses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No courses match “%1”</source>
        <translation>No courses match “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the spelling, try a shorter or more general word, or clear the filters.</source>
        <translation>Check the spelling, try a shorter or more general word, or clear the filters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling, or try a shorter or more general word.</source>
        <translation>Check the spelling, or try a shorter or more general word.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No courses match these filters</source>
        <translation>No courses match these filters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another category or level, or widen the price and length ranges.</source>
        <translation>Try another category or level, or widen the price and length ranges.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog is empty</source>
        <translation>The catalog is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses appear here once the catalog has been downloaded.</source>
        <translation>Courses appear here once the catalog has been downloaded.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear search and filters</source>
        <translation>Clear search and filters</translation>
    </message>
</context>
<context>
    <name>lectern::ui::FilterPopup</name>
    <message>
        <location filename="../ui/discover/filter_popup.cpp" line="+45"/>
        <source>More filters</source>
        <translation>More filters</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No limit</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lowest price</source>
        <translation>Lowest price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest price</source>
        <translation>Highest price</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course length</source>
        <translation>Course length</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any length</source>
        <translation>Any length</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under 1 hour</source>
        <translation>Under 1 hour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 to 3 hours</source>
        <translation>1 to 3 hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 to 6 hours</source>
        <translation>3 to 6 hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 6 hours</source>
        <translation>Over 6 hours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Price:</source>
        <translation>Price:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length:</source>
        <translation>Length:</translation>
    </message>
</context>
<context>
    <name>lectern::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="+44"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discover</source>
        <translation>Discover</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Learning</source>
        <translation>My Learning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your courses will live here</source>
        <translation>Your courses will live here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses you buy or enrol in appear here with your progress, so you can pick up where you left off.</source>
        <translation>Courses you buy or enrol in appear here with your progress, so you can pick up where you left off.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse courses</source>
        <translation>Browse courses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No downloads yet</source>
        <translation>No downloads yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons you download for offline study appear here, with their size and download progress.</source>
        <translation>Lessons you download for offline study appear here, with their size and download progress.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No notes yet</source>
        <translation>No notes yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes you take while studying appear here, each linked to the moment in the lesson where you wrote it.</source>
        <translation>Notes you take while studying appear here, each linked to the moment in the lesson where you wrote it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authoring</source>
        <translation>Authoring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teach what you know</source>
        <translation>Teach what you know</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build a course from your videos, audio and articles here, then send it for review before it is published to the catalog.</source>
        <translation>Build a course from your videos, audio and articles here, then send it for review before it is published to the catalog.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message numerus="yes">
        <location line="+123"/>
        <source>%Ln course(s) in the catalog</source>
        <translation>
            <numerusform>%Ln course in the catalog</numerusform>
            <numerusform>%Ln courses in the catalog</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ui::SettingsPage</name>
    <message>
        <location filename="../ui/shell/settings_page.cpp" line="+23"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new language takes effect the next time Lectern starts.</source>
        <translation>A new language takes effect the next time Lectern starts.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Appearance:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data folder:</source>
        <translation>Data folder:</translation>
    </message>
</context>
<context>
    <name>lectern::ui::SyllabusModel</name>
    <message numerus="yes">
        <location filename="../ui/course/syllabus_model.cpp" line="+110"/>
        <source>%Ln lesson(s) · %1</source>
        <translation>
            <numerusform>%Ln lesson · %1</numerusform>
            <numerusform>%Ln lessons · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Section %1: %2, %n lesson(s)</source>
        <translation>
            <numerusform>Section %1: %2, %n lesson</numerusform>
            <numerusform>Section %1: %2, %n lessons</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Free preview</source>
        <translation>Free preview</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2, %3%4</source>
        <translation>%1, %2, %3%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, free preview</source>
        <translation>, free preview</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Length</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+86"/>
        <source>Lectern: browse, buy and study courses, online or offline.</source>
        <translation>Lectern: browse, buy and study courses, online or offline.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the library, downloads and settings in &lt;dir&gt;.</source>
        <translation>Keep the library, downloads and settings in &lt;dir&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the language &lt;lang&gt;: zh_CN or en.</source>
        <translation>Use the language &lt;lang&gt;: zh_CN or en.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lang</source>
        <translation>lang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the time to the first paint of the window and quit.</source>
        <translation>Print the time to the first paint of the window and quit.</translation>
    </message>
</context>
</TS>
