<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Advice</name>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln critical</source>
        <translation>
            <numerusform>%Ln critical</numerusform>
            <numerusform>%Ln critical</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdviceDocument</name>
    <message numerus="yes">
        <source>…and %n more role(s) that cover part of this (the Advisor in RoleLens lists them all).</source>
        <translation>
            <numerusform>…and %n more role that covers part of this (the Advisor in RoleLens lists them all).</numerusform>
            <numerusform>…and %n more roles that cover part of this (the Advisor in RoleLens lists them all).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s), %2).</source>
        <translation>
            <numerusform>Wrote %1 (%n page, %2).</numerusform>
            <numerusform>Wrote %1 (%n pages, %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message numerus="yes">
        <source>%Ln year(s) old</source>
        <translation>
            <numerusform>%Ln year old</numerusform>
            <numerusform>%Ln years old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln week(s)</source>
        <translation>
            <numerusform>%Ln week</numerusform>
            <numerusform>%Ln weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln week(s)</source>
        <translation>
            <numerusform>in %Ln week</numerusform>
            <numerusform>in %Ln weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rolelens::AboutDialog</name>
    <message numerus="yes">
        <source>The role profiles, the comparisons and the advice cite these %n article(s), statement by statement:</source>
        <translation>
            <numerusform>The role profiles, the comparisons and the advice cite this article, statement by statement:</numerusform>
            <numerusform>The role profiles, the comparisons and the advice cite these %n articles, statement by statement:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The advice&apos;s targets also quote %n published benchmark report(s), each named beside its figures.</source>
        <translation>
            <numerusform>The advice&apos;s targets also quote %n published benchmark report, named beside its figures.</numerusform>
            <numerusform>The advice&apos;s targets also quote %n published benchmark reports, each named beside its figures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rolelens::BrowseView</name>
    <message numerus="yes">
        <source>%1 of %n role(s) match</source>
        <extracomment>%1: the roles that match; %n: all the roles.</extracomment>
        <translation>
            <numerusform>%1 of %n role matches</numerusform>
            <numerusform>%1 of %n roles match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rolelens::CsvExportCommands</name>
    <message numerus="yes">
        <source>Saved %1 (%n table(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n table).</numerusform>
            <numerusform>Saved %1 (%n tables).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rolelens::MainWindow</name>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rolelens::RecommendationList</name>
    <message numerus="yes">
        <source>%n more role(s) cover part of this; tick more goals and tasks to narrow it down.</source>
        <translation>
            <numerusform>%n more role covers part of this; tick more goals and tasks to narrow it down.</numerusform>
            <numerusform>%n more roles cover part of this; tick more goals and tasks to narrow it down.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rolelens::ScenarioForm</name>
    <message numerus="yes">
        <source> week(s)</source>
        <translation>
            <numerusform> week</numerusform>
            <numerusform> weeks</numerusform>
        </translation>
    </message>
</context>
</TS>
