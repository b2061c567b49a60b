<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="121" />
      <source>&amp;About casefiles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="161" />
      <source>&amp;Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="116" />
      <source>&amp;Dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="95" />
      <source>&amp;Delete record…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="143" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="96" />
      <source>&amp;Edit case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="101" />
      <source>&amp;Export everything…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="129" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="114" />
      <source>&amp;Find case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="106" />
      <source>&amp;Hearing summary (PDF)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="162" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="99" />
      <source>&amp;Import…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="110" />
      <source>&amp;Lock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="90" />
      <source>&amp;New record…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="119" />
      <source>&amp;Next tab</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="94" />
      <source>&amp;Open record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="115" />
      <source>&amp;Preferences…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="120" />
      <source>&amp;Previous tab</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="111" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="113" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="112" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="158" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="92" />
      <source>Add a record of the kind the current tab lists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="117" />
      <source>C&amp;alendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="118" />
      <source>C&amp;lients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="103" />
      <source>Case &amp;summary (PDF)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="97" />
      <source>Delete case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="102" />
      <source>Export this &amp;case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="99" />
      <source>Import cases from an interchange file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="110" />
      <source>Lock the case file now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="171" />
      <source>Main</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="86" />
      <source>New &amp;case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="87" />
      <source>New c&amp;lient…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="108" />
      <source>The summary of the hearing selected in the Hearings tab</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Calendar</name>
    <message>
      <location filename="../../casefiles/ui/calendar_view.py" line="38" />
      <source>Calendar of hearings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/calendar_view.py" line="59" />
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/calendar_view.py" line="64" />
      <source>Court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/calendar_view.py" line="134" />
      <source>Hearings in {month}: {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/calendar_view.py" line="129" />
      <source>Hearings on {day}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/calendar_view.py" line="60" />
      <source>Purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/calendar_view.py" line="62" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/calendar_view.py" line="58" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseList</name>
    <message numerus="yes">
      <location filename="../../casefiles/ui/case_list.py" line="135" />
      <source>%n case(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="72" />
      <source>&amp;Status:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="69" />
      <source>All statuses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="44" />
      <source>Clients: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="99" />
      <source>Ctrl+Shift+N</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="98" />
      <source>New case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="46" />
      <source>Next hearing: {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="90" />
      <source>No cases yet. Add your first with “New case…”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="79" />
      <source>Reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="65" />
      <source>Reference, title, client or court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="63" />
      <source>Search cases (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="80" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <location filename="../../casefiles/ui/case_view.py" line="80" />
      <source>&amp;Denied requests</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_view.py" line="81" />
      <source>&amp;Evidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_view.py" line="77" />
      <source>&amp;Hearings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_view.py" line="78" />
      <source>&amp;Motions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_view.py" line="76" />
      <source>&amp;Overview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_view.py" line="82" />
      <source>Chro&amp;nology</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_view.py" line="79" />
      <source>Re&amp;quests</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ChronologyTab</name>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="46" />
      <source>Add a fact or step not recorded elsewhere (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="38" />
      <source>Detail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="36" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="50" />
      <source>Hearings, motions, requests and custody steps appear here by themselves.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="45" />
      <source>New event…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="37" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="35" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Clients</name>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="84" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="97" />
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="93" />
      <source>Cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="76" />
      <source>Client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="45" />
      <source>Clients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="54" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="53" />
      <source>Edit…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="83" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="81" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="80" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="52" />
      <source>New client…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="85" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="82" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="98" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message numerus="yes">
      <location filename="../../casefiles/ui/dashboard.py" line="134" />
      <source>%n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="104" />
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="97" />
      <source>Dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="109" />
      <source>Day</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="146" />
      <source>Decided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="122" />
      <source>Filed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="129" />
      <source>Hearings noticed at short notice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="124" />
      <source>Motion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="120" />
      <source>Motions awaiting a ruling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="141" />
      <source>No hearing was noticed shorter than its case's threshold.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="117" />
      <source>No hearings in the next 14 days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="126" />
      <source>No motion is waiting for a ruling.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="153" />
      <source>No refusals recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="133" />
      <source>Notice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="148" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="112" />
      <source>Purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="144" />
      <source>Recent refusals</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/dashboard.py" line="80" />
      <source>Showing the first %n.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="139" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="106" />
      <source>Upcoming hearings, next 14 days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="150" />
      <source>What was asked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="108" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/dashboard.py" line="49" />
      <source>in %n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="46" />
      <source>today</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="48" />
      <source>tomorrow</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>DeniedTab</name>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="38" />
      <source>Asked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="41" />
      <source>Asked of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="47" />
      <source>Decided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="57" />
      <source>Every denied motion and every denied, ignored or returned request of this case. Change a record's status in its own tab; open a row to see it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="107" />
      <source>Objection / follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="46" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="106" />
      <source>Reason given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="99" />
      <source>Select a row to read the reasons, the objection and the standards engaged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="115" />
      <source>Standards engaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="39" />
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="44" />
      <source>What was asked</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../casefiles/ui/dialogs.py" line="62" />
      <source>Internal error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dialogs.py" line="80" />
      <source>Lock the case file after this many idle minutes (0: never):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dialogs.py" line="79" />
      <source>Preferences</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Editing</name>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="178" />
      <source>Check the similar names above, then save again to add it anyway.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="301" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="300" />
      <source>Delete this {record}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="299" />
      <source>Delete {record}?</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/editing.py" line="290" />
      <source>It has %n attached file(s). They are deleted for good with it: this cannot be undone.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="106" />
      <source>Not found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="107" />
      <source>This record is no longer in the case file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="296" />
      <source>You can undo this with Ctrl+Z.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="220" />
      <source>add {record}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="352" />
      <source>delete {record}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="255" />
      <source>edit {record}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Editor</name>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="74" />
      <source> days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="326" />
      <source>: shorter than the {threshold} days this case flags.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="63" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="197" />
      <source>Answered on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="150" />
      <source>At hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="177" />
      <source>Authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="240" />
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="232" />
      <source>Chain of custody</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="94" />
      <source>Clients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="348" />
      <source>Correct the fields marked in red, then save.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="78" />
      <source>Court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="73" />
      <source>Court reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="238" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="127" />
      <source>Decision announced on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="161" />
      <source>Defence objection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="231" />
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="406" />
      <source>Discard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="402" />
      <source>Discard changes?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="62" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="217" />
      <source>Exhibit label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="147" />
      <source>Filed by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="149" />
      <source>Filed on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="91" />
      <source>Flag notice shorter than</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="199" />
      <source>Follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="148" />
      <source>Form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="79" />
      <source>Judge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="56" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="180" />
      <source>Kind of authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="53" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="117" />
      <source>New {record}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="64" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/editors/editor.py" line="324" />
      <source>Notice of %n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="124" />
      <source>Notice received on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="229" />
      <source>Obtained on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="230" />
      <source>Offered at hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="88" />
      <source>Opened on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="130" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="61" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="385" />
      <source>Possible conflict: similar names are already in this case file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="80" />
      <source>Procedure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="113" />
      <source>Purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="198" />
      <source>Reason given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="187" />
      <source>Requested on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="291" />
      <source>Required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="103" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="122" />
      <source>Room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="159" />
      <source>Ruled on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="160" />
      <source>Ruling and reasons given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="206" />
      <source>Save (Ctrl+S)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="228" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="162" />
      <source>Standards engaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="112" />
      <source>Starts at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="83" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="95" />
      <source>Summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="189" />
      <source>The answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="207" />
      <source>The answer date is before the request date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="144" />
      <source>The motion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="137" />
      <source>The notice cannot come after the hearing started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="176" />
      <source>The request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="151" />
      <source>The ruling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="169" />
      <source>The ruling date is before the filing date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="403" />
      <source>This {record} has changes that are not saved. Discard them?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="77" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="185" />
      <source>What was asked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="382" />
      <source>and {n} more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="371" />
      <source>client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="218" />
      <source>given automatically (A, B, …)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="374" />
      <source>no cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="376" />
      <source>party</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="75" />
      <source>the court's case number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="119" />
      <source>{record}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../casefiles/ui/errors.py" line="76" />
      <source>(no log file)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/errors.py" line="77" />
      <source>Something went wrong inside casefiles. What you saved before is safe; the last action may not have completed.

Please report this problem with the log file (it holds no case content):
{path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/errors.py" line="39" />
      <source>The disk is full, so nothing was saved. Free some space (empty the trash, move large files) and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/errors.py" line="49" />
      <source>The disk reported a read or write error. Check the disk, make a backup of your case file, and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/errors.py" line="72" />
      <source>casefiles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/errors.py" line="44" />
      <source>casefiles may not write there ({reason}). Choose another folder or check its permissions, then try again.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>EvidenceTab</name>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="54" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="69" />
      <source>Chain of custody</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="95" />
      <source>Chain of custody (select an exhibit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="98" />
      <source>Chain of custody: {item}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="31" />
      <source>Exhibit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="97" />
      <source>Exhibit {label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="55" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="35" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="47" />
      <source>No evidence yet. Add an exhibit with “New evidence…” (Ctrl+N).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="58" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="41" />
      <source>Obtained</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="42" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="37" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="33" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="56" />
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="53" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="308" />
      <source>(no hearing)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="215" />
      <source>(not set)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="372" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="458" />
      <source>Add client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="377" />
      <source>Add step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="457" />
      <source>Client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="371" />
      <source>Date [time]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="502" />
      <source>Each client appears once; remove the repeated row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="373" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="468" />
      <source>No clients yet: add them in the Clients view (Ctrl+3), then here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="375" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="459" />
      <source>Remove client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="378" />
      <source>Remove step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="457" />
      <source>Role in the case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="423" />
      <source>Step {n}: say what happened (the action)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="420" />
      <source>Step {n}: write the date as YYYY-MM-DD or YYYY-MM-DD HH:MM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="125" />
      <source>Tick when the date is known</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="374" />
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="193" />
      <source>Write the date as YYYY-MM-DD, or YYYY-MM or YYYY when partly known</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="182" />
      <source>YYYY-MM-DD, or YYYY-MM, or YYYY</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="383" />
      <source>YYYY-MM-DD, or YYYY-MM-DD HH:MM</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HearingsTab</name>
    <message numerus="yes">
      <location filename="../../casefiles/ui/tabs/hearings.py" line="19" />
      <source>%n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="39" />
      <source>Court and room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="46" />
      <source>No hearings yet. Add one with “New hearing…” (Ctrl+N).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="31" />
      <source>Notice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="34" />
      <source>Notice shorter than the case's threshold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="42" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="28" />
      <source>Purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="27" />
      <source>Starts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="29" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="40" />
      <source>Access to the case file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="19" />
      <source>Administrative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="42" />
      <source>Admission of evidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="80" />
      <source>Admitted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="73" />
      <source>Audio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="32" />
      <source>Authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="37" />
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="91" />
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="17" />
      <source>Civil</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="26" />
      <source>Claimant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="92" />
      <source>Client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="25" />
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="78" />
      <source>Collected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="31" />
      <source>Counsel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="49" />
      <source>Court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="18" />
      <source>Criminal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="23" />
      <source>Decided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="46" />
      <source>Defence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="57" />
      <source>Denied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="71" />
      <source>Document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="53" />
      <source>Draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="20" />
      <source>Economic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="98" />
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="97" />
      <source>Evidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="39" />
      <source>Examination of a witness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="43" />
      <source>Exclusion of evidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="30" />
      <source>Expert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="44" />
      <source>Expert examination</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="84" />
      <source>Fact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="54" />
      <source>Filed, awaiting ruling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="55" />
      <source>Granted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="85" />
      <source>Harassment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="94" />
      <source>Hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="35" />
      <source>Held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="69" />
      <source>Ignored (no answer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="28" />
      <source>Judge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="60" />
      <source>Ministry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="95" />
      <source>Motion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="59" />
      <source>Not considered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="79" />
      <source>Offered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="24" />
      <source>On appeal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="22" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="52" />
      <source>Oral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="16" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="21" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="56" />
      <source>Partly granted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="93" />
      <source>Party</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="66" />
      <source>Pending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="15" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="72" />
      <source>Photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="75" />
      <source>Physical item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="61" />
      <source>Police</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="36" />
      <source>Postponed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="38" />
      <source>Postponement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="83" />
      <source>Procedural</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="47" />
      <source>Prosecution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="27" />
      <source>Prosecutor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="62" />
      <source>Prosecutor's office</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="41" />
      <source>Recusal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="81" />
      <source>Refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="63" />
      <source>Registry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="96" />
      <source>Request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="70" />
      <source>Returned unexamined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="34" />
      <source>Scheduled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="82" />
      <source>Seized</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="76" />
      <source>Testimony</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="74" />
      <source>Video</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="58" />
      <source>Withdrawn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="29" />
      <source>Witness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="51" />
      <source>Written</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="97" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="97" />
      <source>&amp;Redo {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="94" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="94" />
      <source>&amp;Undo {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="337" />
      <source>&lt;h3&gt;casefiles {version}&lt;/h3&gt;&lt;p&gt;An offline, encrypted case-file manager for defence lawyers.&lt;/p&gt;&lt;p&gt;Case file: {path}&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="336" />
      <source>About casefiles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="224" />
      <source>Demo case file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="314" />
      <source>Hearing summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="161" />
      <source>Locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="315" />
      <source>Select a hearing in the Hearings tab, then ask for its summary again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="212" />
      <source>The case file cannot be opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="224" />
      <source>Unlocked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="209" />
      <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MotionsTab</name>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="23" />
      <source>Filed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="25" />
      <source>Filed by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="24" />
      <source>Motion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="37" />
      <source>No motions yet. Add one with “New motion…” (Ctrl+N).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="31" />
      <source>Ruled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="33" />
      <source>Ruling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="27" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message numerus="yes">
      <location filename="../../casefiles/ui/tabs/overview.py" line="158" />
      <source>%n day(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="60" />
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="79" />
      <source>Client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="75" />
      <source>Clients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="38" />
      <source>Court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="36" />
      <source>Court reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="99" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="70" />
      <source>Edit case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="39" />
      <source>Judge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="106" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="97" />
      <source>New party…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="109" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="43" />
      <source>Notice flagged below</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="98" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="42" />
      <source>Opened on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="94" />
      <source>Parties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="40" />
      <source>Procedure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="80" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="41" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="44" />
      <source>Summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="37" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Pdf</name>
    <message>
      <location filename="../../casefiles/ui/pdf_actions.py" line="40" />
      <source>Case summary: {reference}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_actions.py" line="42" />
      <source>Hearing summary: {reference}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_actions.py" line="50" />
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_actions.py" line="60" />
      <source>Preparing the summary…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_actions.py" line="50" />
      <source>Save the summary</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="73" />
      <source>1 page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="83" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="79" />
      <source>Fit width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="150" />
      <source>Not printed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="128" />
      <source>Not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="118" />
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="109" />
      <source>Print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="77" />
      <source>Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="75" />
      <source>Save as…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="118" />
      <source>Save the PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="129" />
      <source>The PDF could not be saved to {path}: {reason}. Choose another folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="151" />
      <source>The printer could not be started. Check that it is connected and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="81" />
      <source>Whole page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="73" />
      <source>{count} pages</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordList</name>
    <message numerus="yes">
      <location filename="../../casefiles/ui/tabs/base.py" line="85" />
      <source>%n record(s)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/base.py" line="54" />
      <source>Ctrl+N</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/base.py" line="56" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/base.py" line="53" />
      <source>New {record}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/base.py" line="55" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RequestsTab</name>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="33" />
      <source>Answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="25" />
      <source>Authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="41" />
      <source>No requests yet. Add one with “New request…” (Ctrl+N).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="35" />
      <source>Reason given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="27" />
      <source>Request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="23" />
      <source>Requested</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="29" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <location filename="../../casefiles/ui/session.py" line="157" />
      <source>Creating the case file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/session.py" line="186" />
      <source>Creating the demo case file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/session.py" line="134" />
      <source>Opening the case file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/session.py" line="173" />
      <source>Opening the demo…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Start</name>
    <message>
      <location filename="../../casefiles/ui/start.py" line="98" />
      <source>&amp;Passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="109" />
      <source>&amp;Repeat it:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="119" />
      <source>&lt;b&gt;Nobody can open this case file without the passphrase, and nobody can recover a forgotten one: not you, not a technician, not the authors of casefiles.&lt;/b&gt; Keep the passphrase somewhere safe, and make backups.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="255" />
      <source>Case file: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="91" />
      <source>Create a new case file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="136" />
      <source>Create case file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="58" />
      <source>Fair: add another word or two.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="59" />
      <source>Good.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="133" />
      <source>I understand that a forgotten passphrase cannot be recovered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="149" />
      <source>Just looking?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="258" />
      <source>Leave the demo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="158" />
      <source>Open the demo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="258" />
      <source>Open the demo case file instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="229" />
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="117" />
      <source>Stored in:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="60" />
      <source>Strong.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="152" />
      <source>The demo is a separate case file with fictional cases, kept beside yours. Its passphrase is &lt;b&gt;demo&lt;/b&gt;.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="181" />
      <source>The two passphrases differ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="223" />
      <source>This is the demo case file; its passphrase is &lt;b&gt;demo&lt;/b&gt;.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="230" />
      <source>Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="55" />
      <source>Weak: easy to guess. Use four or more unrelated words.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="81" />
      <source>Welcome to casefiles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="217" />
      <source>casefiles is locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="83" />
      <source>casefiles keeps your clients, cases, hearings, motions and evidence in one encrypted case file on this computer. Nothing leaves it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="95" />
      <source>several unrelated words</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Tasks</name>
    <message>
      <location filename="../../casefiles/ui/tasks.py" line="92" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tasks.py" line="93" />
      <source>casefiles</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Transfer</name>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="46" />
      <source>Export cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="65" />
      <source>Export failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="54" />
      <source>Export finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="55" />
      <source>Exported {n} case(s) to {path}.

The file is not encrypted: keep it safe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="66" />
      <source>Exporting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="21" />
      <source>Import cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="37" />
      <source>Import failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="31" />
      <source>Import finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="38" />
      <source>Importing {name}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="28" />
      <source>The import is complete.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <location filename="../../casefiles/ui/workspace.py" line="73" />
      <source>Calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/workspace.py" line="73" />
      <source>Clients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/workspace.py" line="73" />
      <source>Dashboard</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
