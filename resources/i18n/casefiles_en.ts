<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="153" />
      <source>&amp;About casefiles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="119" />
      <source>&amp;Back up now…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="197" />
      <source>&amp;Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="142" />
      <source>&amp;Dashboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="103" />
      <source>&amp;Delete record…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="179" />
      <source>&amp;Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="104" />
      <source>&amp;Edit case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="109" />
      <source>&amp;Export everything…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="161" />
      <source>&amp;File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="140" />
      <source>&amp;Find case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="132" />
      <source>&amp;Hearing summary (PDF)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="198" />
      <source>&amp;Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="107" />
      <source>&amp;Import…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="136" />
      <source>&amp;Lock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="98" />
      <source>&amp;New record…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="151" />
      <source>&amp;Next tab</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="102" />
      <source>&amp;Open record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="141" />
      <source>&amp;Preferences…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="152" />
      <source>&amp;Previous tab</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="137" />
      <source>&amp;Quit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="139" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="147" />
      <source>&amp;Refresh</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="138" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="194" />
      <source>&amp;View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="100" />
      <source>Add a record of the kind the current tab lists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="143" />
      <source>C&amp;alendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="144" />
      <source>C&amp;lients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="129" />
      <source>Case &amp;summary (PDF)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="125" />
      <source>Change &amp;passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="127" />
      <source>Choose a new passphrase for this case file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="105" />
      <source>Delete case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="115" />
      <source>Export cases and their files for co-counsel, encrypted with age</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="113" />
      <source>Export e&amp;ncrypted…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="110" />
      <source>Export this &amp;case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="107" />
      <source>Import cases from an interchange file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="136" />
      <source>Lock the case file now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="207" />
      <source>Main</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="94" />
      <source>New &amp;case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="95" />
      <source>New c&amp;lient…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="149" />
      <source>Show changes made meanwhile, for example by the command line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="134" />
      <source>The summary of the hearing selected in the Hearings tab</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="121" />
      <source>Write an encrypted backup of the whole case file</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../casefiles/ui/app.py" line="161" />
      <source>This case file is already open in another casefiles window, which was brought to the front. Use that window, or close it before starting casefiles again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/app.py" line="166" />
      <source>This case file is already open in another casefiles window. Switch to that window, or close it before starting casefiles again.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="127" />
      <source>Added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="232" />
      <source>An evidence item holds one file: add another item for another file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="277" />
      <source>Attach a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="142" />
      <source>Attach file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="173" />
      <source>Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="174" />
      <source>Copy the SHA-256 to the clipboard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="123" />
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="140" />
      <source>Files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="206" />
      <source>Files (select a record)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="211" />
      <source>Files of {record}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="243" />
      <source>Only images and PDFs up to {size} preview inside casefiles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="144" />
      <source>Open in system viewer…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="236" />
      <source>Or drop files on the record in the list above</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="143" />
      <source>Preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="146" />
      <source>Remove file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="129" />
      <source>SHA-256</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="131" />
      <source>SHA-256 taken at intake: {hash}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="168" />
      <source>SHA-256:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="145" />
      <source>Save a copy as…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="125" />
      <source>Size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="126" />
      <source>Type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="172" />
      <source>select a file</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackupActions</name>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="305" />
      <source>Automatic backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="325" />
      <source>Automatic backups are on, to {folder}. They open with the case file's passphrase as it is now.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="178" />
      <source>Automatic backups are set up on each computer: turn them on for this one in Edit › Preferences.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="295" />
      <source>Automatic backups need a case file: create or restore one first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="306" />
      <source>Automatic backups open with the case file's passphrase (as it is now). Type it to make the backup key.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="334" />
      <source>Automatic backups were not set up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="69" />
      <source>Back up now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="122" />
      <source>Backing up to {name}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="116" />
      <source>Backup failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="98" />
      <source>Backup finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="83" />
      <source>Backup passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="169" />
      <source>Backup restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="139" />
      <source>Cannot restore this backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="280" />
      <source>Choose a backup folder outside the case file's own folder: a backup kept beside the case file is lost with it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="224" />
      <source>Export encrypted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="246" />
      <source>Export failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="236" />
      <source>Export finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="237" />
      <source>Exported {n} case(s) and {files} attached file(s) to {path}, encrypted to {to}. It opens with 'age -d' or File › Import.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="247" />
      <source>Exporting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="340" />
      <source>Making the backup key…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="107" />
      <source>Not the case file's passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="294" />
      <source>Preferences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="201" />
      <source>Restore failed; nothing was restored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="132" />
      <source>Restore from a backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="207" />
      <source>Restoring {name}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="108" />
      <source>That is not the passphrase of the open case file, so no backup was written. Check the keyboard layout and Caps Lock and type it again, or choose a separate passphrase for the backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="51" />
      <source>The backup was written to {path} and read back in full: every file checks.

Size: {size}
Files: {files} (the database, the key header and {vault} attached file(s)), each checked against the manifest
Audit trail head: {head}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="170" />
      <source>The case file was restored into {folder} ({files} files, every one checked). Unlock it with the case file's own passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="193" />
      <source>This passphrase does not open the backup; nothing was restored. Check the keyboard layout and Caps Lock and type it again: the case file's passphrase at the time of the backup, unless a separate one was chosen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="84" />
      <source>Which passphrase should open this backup? By default the case file's own (as it is now); type it to confirm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="192" />
      <source>Wrong passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="233" />
      <source>a passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="40" />
      <source>age-encrypted export (*.age);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="39" />
      <source>casefiles backup (*.tar);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="233" />
      <source>co-counsel's public key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="50" />
      <source>not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="141" />
      <source>{name} ({size}, made by casefiles {version}).

Type the backup's passphrase. Unless a separate one was chosen, it is the case file's passphrase at the time of the backup.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>BackupDialogs</name>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="51" />
      <source>&amp;Passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="53" />
      <source>&amp;Repeat it:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="178" />
      <source>A &amp;passphrase (tell it to co-counsel in person)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="81" />
      <source>A &amp;separate backup passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="169" />
      <source>All cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="91" />
      <source>Case file's passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="179" />
      <source>Co-counsel's age &amp;public key</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="176" />
      <source>Encrypt to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="162" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="159" />
      <source>Export encrypted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="97" />
      <source>The backup opens only with this passphrase. Nobody can recover a forgotten one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="80" />
      <source>The case file's own &amp;passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="167" />
      <source>The case in view</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="165" />
      <source>The case in view ({case})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="193" />
      <source>The file opens with the standard age tool (age -d) and imports into casefiles with the same passphrase or key. Attached files go with it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="62" />
      <source>The two passphrases differ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="46" />
      <source>several unrelated words</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="90" />
      <source>type it to confirm</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Backups</name>
    <message>
      <location filename="../../casefiles/ui/backup_scheduler.py" line="223" />
      <source>Automatic backups need a backup key: make one in Preferences.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_scheduler.py" line="229" />
      <source>Backing up…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_scheduler.py" line="98" />
      <source>Last backup: never</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_scheduler.py" line="100" />
      <source>Last backup: {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_scheduler.py" line="132" />
      <source>The automatic backup key opens with another passphrase than the case file's: it was made before the case file's passphrase changed. Backups still run, but they cannot be checked or rotated, and they open only with the old passphrase: make a new backup key in Preferences.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_scheduler.py" line="285" />
      <source>The automatic backup to {folder} failed: {reason} Earlier backups there are intact.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_scheduler.py" line="253" />
      <source>an internal error ({kind})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_scheduler.py" line="103" />
      <source>— the last automatic backup did not run</source>
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
      <location filename="../../casefiles/ui/case_list.py" line="191" />
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n case</numerusform>
        <numerusform>%n cases</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="81" />
      <source>&amp;Status:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="78" />
      <source>All statuses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="47" />
      <source>Clients: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="108" />
      <source>Ctrl+Shift+N</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="107" />
      <source>New case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="49" />
      <source>Next hearing: {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="193" />
      <source>No case matches.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="195" />
      <source>No cases yet. Add your first with “New case…”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="88" />
      <source>Reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="74" />
      <source>Reference, title, client or court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="72" />
      <source>Search cases (Ctrl+F)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="89" />
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
      <location filename="../../casefiles/ui/tabs/chronology.py" line="89" />
      <source>Add a fact or step not recorded elsewhere (Ctrl+N)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="40" />
      <source>Answer from {authority}: {status}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="28" />
      <source>Case opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="30" />
      <source>Decision announced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="81" />
      <source>Detail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="46" />
      <source>Exhibit {label}: {action}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="35" />
      <source>Filed: {title}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="75" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="32" />
      <source>Hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="95" />
      <source>Hearings, motions, requests and custody steps appear here by themselves.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="88" />
      <source>New event…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="39" />
      <source>Request to {authority}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="77" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="74" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="36" />
      <source>{status}: {title}</source>
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
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
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
      <translation>
        <numerusform>Showing the first %n.</numerusform>
        <numerusform>Showing the first %n.</numerusform>
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
      <translation>
        <numerusform>in %n day</numerusform>
        <numerusform>in %n days</numerusform>
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
      <location filename="../../casefiles/ui/tabs/denied.py" line="121" />
      <source>Objection / follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="46" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="120" />
      <source>Reason given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="113" />
      <source>Select a row to read the reasons, the objection and the standards engaged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="129" />
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
      <location filename="../../casefiles/ui/dialogs.py" line="73" />
      <source>Internal error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dialogs.py" line="91" />
      <source>Lock the case file after this many idle minutes (0: never):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dialogs.py" line="90" />
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
      <location filename="../../casefiles/ui/editing.py" line="302" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="301" />
      <source>Delete this {record}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="300" />
      <source>Delete {record}?</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/editing.py" line="290" />
      <source>It has %n attached file(s). The encrypted file(s) are removed from the case file with it, for good: this cannot be undone. The audit trail keeps each file's name and SHA-256, and when and by whom it was deleted.</source>
      <translation>
        <numerusform>It has %n attached file. The encrypted file are removed from the case file with it, for good: this cannot be undone. The audit trail keeps each file's name and SHA-256, and when and by whom it was deleted.</numerusform>
        <numerusform>It has %n attached files. The encrypted files are removed from the case file with it, for good: this cannot be undone. The audit trail keeps each file's name and SHA-256, and when and by whom it was deleted.</numerusform>
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
      <location filename="../../casefiles/ui/editing.py" line="297" />
      <source>You can undo this with Ctrl+Z.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="220" />
      <source>add {record}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="353" />
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
      <location filename="../../casefiles/ui/editors/editor.py" line="83" />
      <source> days</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="376" />
      <source>: shorter than the {threshold} days this case flags.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="65" />
      <source>Address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="201" />
      <source>Answered on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="153" />
      <source>At hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="181" />
      <source>Authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="245" />
      <source>Category</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="237" />
      <source>Chain of custody</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="96" />
      <source>Clients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="398" />
      <source>Correct the fields marked in red, then save.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="80" />
      <source>Court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="75" />
      <source>Court reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="243" />
      <source>Date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="129" />
      <source>Decision announced on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="164" />
      <source>Defence objection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="236" />
      <source>Description</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="465" />
      <source>Discard</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="461" />
      <source>Discard changes?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="64" />
      <source>Email</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="222" />
      <source>Exhibit label</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="150" />
      <source>Filed by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="152" />
      <source>Filed on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="93" />
      <source>Flag notice shorter than</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="203" />
      <source>Follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="151" />
      <source>Form</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="81" />
      <source>Judge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="58" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="184" />
      <source>Kind of authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="55" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="128" />
      <source>New {record}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="66" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/editors/editor.py" line="374" />
      <source>Notice of %n day(s)</source>
      <translation>
        <numerusform>Notice of %n day</numerusform>
        <numerusform>Notice of %n days</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="126" />
      <source>Notice received on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="234" />
      <source>Obtained on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="235" />
      <source>Offered at hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="90" />
      <source>Opened on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="132" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="63" />
      <source>Phone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="437" />
      <source>Possible conflict: similar names are already in this case file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="82" />
      <source>Procedure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="115" />
      <source>Purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="202" />
      <source>Reason given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="191" />
      <source>Requested on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="333" />
      <source>Required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="105" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="124" />
      <source>Room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="162" />
      <source>Ruled on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="163" />
      <source>Ruling and reasons given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="213" />
      <source>Save (Ctrl+S)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="233" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="165" />
      <source>Standards engaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="114" />
      <source>Starts at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="85" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="97" />
      <source>Summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="193" />
      <source>The answer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="211" />
      <source>The answer date is before the request date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="147" />
      <source>The motion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="139" />
      <source>The notice cannot come after the hearing started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="180" />
      <source>The request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="154" />
      <source>The ruling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="172" />
      <source>The ruling date is before the filing date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="344" />
      <source>This is after today: it cannot have happened yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="462" />
      <source>This {record} has changes that are not saved. Discard them?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="79" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="189" />
      <source>What was asked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="434" />
      <source>and {n} more</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="421" />
      <source>client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="223" />
      <source>given automatically (A, B, …)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="425" />
      <source>no cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="427" />
      <source>party</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="77" />
      <source>the court's case number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="130" />
      <source>{record}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="429" />
      <source>{role} in {case}</source>
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
      <location filename="../../casefiles/ui/tabs/evidence.py" line="72" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="149" />
      <source>Add files as new exhibits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="60" />
      <source>Add file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="87" />
      <source>Chain of custody</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="157" />
      <source>Chain of custody (select an exhibit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="160" />
      <source>Chain of custody: {item}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="39" />
      <source>Exhibit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="159" />
      <source>Exhibit {label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="73" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="137" />
      <source>Hash recorded, file not in store: this item came with the SHA-256 of “{name}” but not the file. Attach that file to store it; another file is refused. Recorded SHA-256: {hash}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="43" />
      <source>Kind</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="55" />
      <source>No evidence yet. Drop files here (one new exhibit each), use “Add file…”, or describe an exhibit with “New evidence…” (Ctrl+N).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="76" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="49" />
      <source>Obtained</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="50" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="45" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="62" />
      <source>Store files in the encrypted vault, one new exhibit each (or drop them here)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="41" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="74" />
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="71" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="120" />
      <source>exhibit {label}</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="440" />
      <source>(no hearing)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="347" />
      <source>(not set)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="504" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="622" />
      <source>Add client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="509" />
      <source>Add step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="621" />
      <source>Client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="503" />
      <source>Date [time]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="670" />
      <source>Each client appears once; remove the repeated row</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="505" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="632" />
      <source>No clients yet: add them in the Clients view (Ctrl+3), then here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="507" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/dates.py" line="215" />
      <source>Pick the date on a calendar (F4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="623" />
      <source>Remove client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="510" />
      <source>Remove step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="621" />
      <source>Role in the case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="571" />
      <source>Step {n}: say what happened (the action)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="566" />
      <source>Step {n}: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="522" />
      <source>The date like {examples}, and the time when known: {example} 10:00</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/dates.py" line="143" />
      <source>There is no such date as {text}: check the day and the month</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="506" />
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/dates.py" line="206" />
      <source>Type the date like {examples}, or pick it on the calendar (F4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="123" />
      <source>Type the date like {examples}, or pick it on the calendar (F4); leave it empty while it is not known</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="263" />
      <source>Type the date like {examples}; when only the month or the year is known, write YYYY-MM or YYYY</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="191" />
      <source>Type the time like 10:00</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/dates.py" line="102" />
      <source>Write the date like {examples}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="306" />
      <source>Write the date like {examples}, or {month} or {year} when only the month or the year is known</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/dates.py" line="160" />
      <source>Write the time like 10:00</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="194" />
      <source>at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/dates.py" line="203" />
      <source>e.g. {example}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="253" />
      <source>e.g. {example}, or 2025-12, or 2025</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="297" />
      <source>{year} is not a year of this case: check the digits</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Formats</name>
    <message numerus="yes">
      <location filename="../../casefiles/ui/fmt.py" line="83" />
      <source>%n byte(s)</source>
      <translation>
        <numerusform>%n byte</numerusform>
        <numerusform>%n bytes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HearingsTab</name>
    <message numerus="yes">
      <location filename="../../casefiles/ui/tabs/hearings.py" line="19" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="41" />
      <source>Court and room</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="48" />
      <source>No hearings yet. Add one with “New hearing…” (Ctrl+N).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="33" />
      <source>Notice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="36" />
      <source>Notice shorter than the case's threshold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="44" />
      <source>Outcome</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="30" />
      <source>Purpose</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="29" />
      <source>Starts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="31" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>History</name>
    <message>
      <location filename="../../casefiles/ui/history.py" line="149" />
      <source>#</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="152" />
      <source>Action</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="98" />
      <source>After: {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="96" />
      <source>Before: {value}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="173" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="170" />
      <source>Entries are never edited or deleted; “casefiles verify” checks their chain.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/history.py" line="168" />
      <source>Entries in the audit trail: %n, oldest first.</source>
      <translation>
        <numerusform>Entries in the audit trail: %n, oldest first.</numerusform>
        <numerusform>Entries in the audit trail: %n, oldest first.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="153" />
      <source>Field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="146" />
      <source>History: {record}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="155" />
      <source>Old → new</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="211" />
      <source>Reading the audit trail…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="64" />
      <source>Redacted: the value was replaced by its SHA-256 {hash}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="157" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="151" />
      <source>What</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="150" />
      <source>When</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="53" />
      <source>[redacted]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="44" />
      <source>casefiles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="36" />
      <source>changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="42" />
      <source>command line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="36" />
      <source>created</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="36" />
      <source>deleted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="41" />
      <source>desktop app</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="121" />
      <source>file {key}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="43" />
      <source>import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="59" />
      <source>no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="90" />
      <source>was: {old}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="59" />
      <source>yes</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImagePreview</name>
    <message>
      <location filename="../../casefiles/ui/image_preview.py" line="57" />
      <source>Actual size</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/image_preview.py" line="59" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/image_preview.py" line="55" />
      <source>Fit window</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/image_preview.py" line="112" />
      <source>{name} (SHA-256 checked)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/image_preview.py" line="53" />
      <source>{w} × {h} pixels</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="43" />
      <source>Access to the case file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="22" />
      <source>Administrative</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="45" />
      <source>Admission of evidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="83" />
      <source>Admitted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="76" />
      <source>Audio</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="35" />
      <source>Authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="40" />
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="95" />
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="20" />
      <source>Civil</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="29" />
      <source>Claimant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="96" />
      <source>Client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="28" />
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="81" />
      <source>Collected</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="34" />
      <source>Counsel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="52" />
      <source>Court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="21" />
      <source>Criminal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="26" />
      <source>Decided</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="49" />
      <source>Defence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="60" />
      <source>Denied</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="74" />
      <source>Document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="56" />
      <source>Draft</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="23" />
      <source>Economic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="102" />
      <source>Event</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="101" />
      <source>Evidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="42" />
      <source>Examination of a witness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="46" />
      <source>Exclusion of evidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="33" />
      <source>Expert</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="47" />
      <source>Expert examination</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="87" />
      <source>Fact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="57" />
      <source>Filed, awaiting ruling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="58" />
      <source>Granted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="88" />
      <source>Harassment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="98" />
      <source>Hearing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="38" />
      <source>Held</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="72" />
      <source>Ignored (no answer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="31" />
      <source>Judge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="63" />
      <source>Ministry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="99" />
      <source>Motion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="62" />
      <source>Not considered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="82" />
      <source>Offered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="27" />
      <source>On appeal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="25" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="55" />
      <source>Oral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="19" />
      <source>Organisation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="24" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="59" />
      <source>Partly granted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="97" />
      <source>Party</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="69" />
      <source>Pending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="18" />
      <source>Person</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="75" />
      <source>Photo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="78" />
      <source>Physical item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="64" />
      <source>Police</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="39" />
      <source>Postponed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="41" />
      <source>Postponement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="86" />
      <source>Procedural</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="50" />
      <source>Prosecution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="30" />
      <source>Prosecutor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="65" />
      <source>Prosecutor's office</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="44" />
      <source>Recusal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="84" />
      <source>Refused</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="66" />
      <source>Registry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="100" />
      <source>Request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="73" />
      <source>Returned unexamined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="37" />
      <source>Scheduled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="85" />
      <source>Seized</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="79" />
      <source>Testimony</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="77" />
      <source>Video</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="61" />
      <source>Withdrawn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="32" />
      <source>Witness</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="54" />
      <source>Written</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="118" />
      <source>&amp;Redo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="118" />
      <source>&amp;Redo {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="115" />
      <source>&amp;Undo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="115" />
      <source>&amp;Undo {what}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="444" />
      <source>&lt;h3&gt;casefiles {version}&lt;/h3&gt;&lt;p&gt;An offline, encrypted case-file manager for defence lawyers.&lt;/p&gt;&lt;p&gt;Case file: {path}&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="443" />
      <source>About casefiles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="327" />
      <source>Automatic backup</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="460" />
      <source>Backing up before casefiles quits…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="473" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="270" />
      <source>Demo case file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="472" />
      <source>Finishing the automatic backup before casefiles quits…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="418" />
      <source>Hearing summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="317" />
      <source>Lock and stop it</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="312" />
      <source>Lock casefiles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="352" />
      <source>Locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="313" />
      <source>Locking now stops the work still running:

{work}

What it has not finished is not written. Lock anyway?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="289" />
      <source>Locking stopped work that was still running:

{work}

A stopped backup or export wrote nothing, and a file being stored when the lock came was not stored (files stored before it are kept): start it again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="419" />
      <source>Select a hearing in the Hearings tab, then ask for its summary again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="288" />
      <source>Stopped by the lock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="258" />
      <source>The case file cannot be opened</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="270" />
      <source>Unlocked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="255" />
      <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="478" />
      <source>casefiles</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>MotionsTab</name>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="25" />
      <source>Filed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="27" />
      <source>Filed by</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="26" />
      <source>Motion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="39" />
      <source>No motions yet. Add one with “New motion…” (Ctrl+N).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="33" />
      <source>Ruled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="35" />
      <source>Ruling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="29" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message numerus="yes">
      <location filename="../../casefiles/ui/tabs/overview.py" line="169" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n day</numerusform>
        <numerusform>%n days</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="61" />
      <source>Case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="73" />
      <source>Case history…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="85" />
      <source>Client</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="81" />
      <source>Clients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="39" />
      <source>Court</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="37" />
      <source>Court reference</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="105" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="71" />
      <source>Edit case…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="75" />
      <source>Every change to the case's own fields, from the audit trail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="40" />
      <source>Judge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="113" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="103" />
      <source>New party…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="116" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="44" />
      <source>Notice flagged below</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="104" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="43" />
      <source>Opened on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="100" />
      <source>Parties</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="41" />
      <source>Procedure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="86" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="42" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="45" />
      <source>Summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="38" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PassphraseChange</name>
    <message>
      <location filename="../../casefiles/ui/passphrase_change.py" line="72" />
      <source>&amp;Current passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/passphrase_change.py" line="74" />
      <source>&lt;b&gt;The new passphrase&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/passphrase_change.py" line="146" />
      <source>Automatic backups now use the new passphrase too.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/passphrase_change.py" line="57" />
      <source>Change passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/passphrase_change.py" line="163" />
      <source>Changing the passphrase…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/passphrase_change.py" line="147" />
      <source>Passphrase changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/passphrase_change.py" line="160" />
      <source>Passphrase not changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/passphrase_change.py" line="154" />
      <source>The current passphrase is wrong, so nothing was changed. Check the keyboard layout and Caps Lock, and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/passphrase_change.py" line="141" />
      <source>The passphrase was changed. From now on the case file opens only with the new one. Backups made before the change still open with the old passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/passphrase_change.py" line="61" />
      <source>Type the passphrase you use now, then the new one twice. Backups made before the change still open with the passphrase they were made with.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Pdf</name>
    <message>
      <location filename="../../casefiles/ui/pdf_actions.py" line="47" />
      <source>Case summary: {reference}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_actions.py" line="49" />
      <source>Hearing summary: {reference}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_actions.py" line="59" />
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_actions.py" line="87" />
      <source>Preparing the summary…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_actions.py" line="59" />
      <source>Save the summary</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="114" />
      <source>&amp;Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="144" />
      <source>1 page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="107" />
      <source>Close</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="103" />
      <source>Fit width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="228" />
      <source>Not printed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="206" />
      <source>Not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="181" />
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="187" />
      <source>Print</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="101" />
      <source>Print…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="99" />
      <source>Save as…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="181" />
      <source>Save the PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="207" />
      <source>The PDF could not be saved to {path}: {reason}. Choose another folder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="97" />
      <source>The language of the summary's headings and dates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="229" />
      <source>The printer could not be started. Check that it is connected and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="105" />
      <source>Whole page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="144" />
      <source>{count} pages</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Preferences</name>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="138" />
      <source> backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="129" />
      <source> hours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="88" />
      <source> min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="115" />
      <source>&amp;Choose…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="125" />
      <source>&amp;Every</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="118" />
      <source>&amp;Folder:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="139" />
      <source>&amp;Keep the last:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="163" />
      <source>A backup that falls while casefiles is locked runs only if it needs no secret; otherwise you are told at the next unlock. Automatic backups open with the case file's passphrase; changing the passphrase (File › Change passphrase) makes later backups open with the new one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="84" />
      <source>Auto-lock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="108" />
      <source>Automatic backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="123" />
      <source>Back up:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="143" />
      <source>Backup key:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="206" />
      <source>Choose the folder the backups go to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="210" />
      <source>Choose when to back up: when casefiles quits, every few hours, or both.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="197" />
      <source>Folder for automatic backups</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="208" />
      <source>Give the folder's full path.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="102" />
      <source>Interface &amp;language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="94" />
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="91" />
      <source>Lock after this long &amp;idle:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="144" />
      <source>Make a &amp;new backup key (asks for the passphrase)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="79" />
      <source>Preferences</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="97" />
      <source>System default</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="103" />
      <source>Takes effect the next time casefiles starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="121" />
      <source>When casefiles &amp;quits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="114" />
      <source>for example a USB stick</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="89" />
      <source>never</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="148" />
      <source>not set up yet: you will be asked for the case file's passphrase, which the backups will open with</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="157" />
      <source>set up ({fingerprint}). Backups made while casefiles is locked use its public part; no passphrase is kept.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../casefiles/ui/dialogs.py" line="169" />
      <source>&amp;Look in:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/dialogs.py" line="170" />
      <source>Files of &amp;type:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RecordList</name>
    <message numerus="yes">
      <location filename="../../casefiles/ui/tabs/base.py" line="184" />
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n record</numerusform>
        <numerusform>%n records</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/base.py" line="293" />
      <source>Attach file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/base.py" line="142" />
      <source>Ctrl+N</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/base.py" line="144" />
      <source>Delete</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/base.py" line="74" />
      <source>Every change to the selected record, from the audit trail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/base.py" line="73" />
      <source>History…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/base.py" line="141" />
      <source>New {record}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/base.py" line="106" />
      <source>Open</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RequestsTab</name>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="35" />
      <source>Answered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="27" />
      <source>Authority</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="43" />
      <source>No requests yet. Add one with “New request…” (Ctrl+N).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="37" />
      <source>Reason given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="29" />
      <source>Request</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="25" />
      <source>Requested</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="31" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <location filename="../../casefiles/ui/session.py" line="181" />
      <source>Creating the case file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/session.py" line="216" />
      <source>Creating the demo case file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/session.py" line="158" />
      <source>Opening the case file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/session.py" line="197" />
      <source>Opening the demo…</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Start</name>
    <message>
      <location filename="../../casefiles/ui/start.py" line="132" />
      <source>&amp;Passphrase:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="136" />
      <source>&amp;Repeat it:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="146" />
      <source>&lt;b&gt;Nobody can open this case file without the passphrase, and nobody can recover a forgotten one: not you, not a technician, not the authors of casefiles.&lt;/b&gt; Keep the passphrase somewhere safe, and make backups.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="299" />
      <source>Case file: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="125" />
      <source>Create a new case file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="163" />
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
      <location filename="../../casefiles/ui/start.py" line="160" />
      <source>I understand that a forgotten passphrase cannot be recovered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="176" />
      <source>Just looking?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="302" />
      <source>Leave the demo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="190" />
      <source>Moving to this computer?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="185" />
      <source>Open the demo</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="302" />
      <source>Open the demo case file instead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="273" />
      <source>Passphrase</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="200" />
      <source>Restore from a backup…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="193" />
      <source>Restore your case file from a casefiles backup (for example from a USB stick). You need the backup's passphrase; the restored case file then opens with its own passphrase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="144" />
      <source>Stored in:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="60" />
      <source>Strong.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="179" />
      <source>The demo is a separate case file with fictional cases, kept beside yours. Its passphrase is &lt;b&gt;demo&lt;/b&gt;.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="219" />
      <source>The two passphrases differ.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="267" />
      <source>This is the demo case file; its passphrase is &lt;b&gt;demo&lt;/b&gt;.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="97" />
      <source>Too short: use at least {n} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="274" />
      <source>Unlock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="55" />
      <source>Weak: easy to guess. Use four or more unrelated words.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="115" />
      <source>Welcome to casefiles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="261" />
      <source>casefiles is locked</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="117" />
      <source>casefiles keeps your clients, cases, hearings, motions and evidence in one encrypted case file on this computer. Nothing leaves it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="129" />
      <source>several unrelated words</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Tasks</name>
    <message>
      <location filename="../../casefiles/ui/tasks.py" line="96" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/tasks.py" line="97" />
      <source>casefiles</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Transfer</name>
    <message numerus="yes">
      <location filename="../../casefiles/ui/transfer.py" line="48" />
      <source>Attached %n file(s) to their records (stored encrypted).</source>
      <translation>
        <numerusform>Attached %n file to their records (stored encrypted).</numerusform>
        <numerusform>Attached %n files to their records (stored encrypted).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="43" />
      <source>Clients: {new} new, {reused} already in this case file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="119" />
      <source>Encrypted export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="85" />
      <source>Export cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="104" />
      <source>Export failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="93" />
      <source>Export finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="94" />
      <source>Exported {n} case(s) to {path}.

The file is not encrypted: keep it safe.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="105" />
      <source>Exporting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="53" />
      <source>Import cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="62" />
      <source>Import failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="70" />
      <source>Import finished</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/transfer.py" line="40" />
      <source>Imported %n case(s): {references}</source>
      <translation>
        <numerusform>Imported %n case: {references}</numerusform>
        <numerusform>Imported %n cases: {references}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="77" />
      <source>Importing {name}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="129" />
      <source>The age identity file that opens {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="68" />
      <source>The import is complete.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="29" />
      <source>age identity file (*.txt *.key);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="25" />
      <source>casefiles interchange (*.json);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="26" />
      <source>casefiles interchange or encrypted export (*.json *.age);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="120" />
      <source>{name} is encrypted. Type the passphrase it was exported with.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>VaultActions</name>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="195" />
      <source>An evidence item holds one file. Drop the files on empty space in the list to make one new item for each, or drop them one by one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="202" />
      <source>An evidence item holds one file: add another item for another file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="381" />
      <source>Decrypting {name}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="187" />
      <source>Files are being stored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="416" />
      <source>No program for this file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="293" />
      <source>Not stored</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="194" />
      <source>One file per exhibit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="402" />
      <source>Open anyway</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="394" />
      <source>Open in another program?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="470" />
      <source>Remove file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="464" />
      <source>Remove the file?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="465" />
      <source>Remove “{name}” ({size}) from this record?

The encrypted file is deleted from the case file for good: this cannot be undone. The record stays, and the audit trail keeps the file's name and SHA-256.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="67" />
      <source>Save a copy of the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="454" />
      <source>Saving a copy of {name}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="297" />
      <source>Stopped</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/vault_actions.py" line="315" />
      <source>Stored %n file(s) in the encrypted vault; last: {where}, SHA-256 {short}…</source>
      <translation>
        <numerusform>Stored %n file in the encrypted vault; last: {where}, SHA-256 {short}…</numerusform>
        <numerusform>Stored %n files in the encrypted vault; last: {where}, SHA-256 {short}…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/vault_actions.py" line="265" />
      <source>Storing %n file(s) in the encrypted vault…</source>
      <translation>
        <numerusform>Storing %n file in the encrypted vault…</numerusform>
        <numerusform>Storing %n files in the encrypted vault…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/vault_actions.py" line="292" />
      <source>The other %n file(s) were stored.</source>
      <translation>
        <numerusform>The other %n file were stored.</numerusform>
        <numerusform>The other %n files were stored.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="496" />
      <source>The stored file does not give back what was put in, so it is not shown. Run “casefiles verify”, and restore the case file from a backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="495" />
      <source>The stored file is damaged</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="417" />
      <source>The system found no program to open this kind of file. Save a copy and open it from there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="188" />
      <source>Wait until the files being stored now are in, then add these.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/vault_actions.py" line="298" />
      <source>You stopped the intake. %n file(s) stored before that are kept; nothing of the file being read was stored.</source>
      <translation>
        <numerusform>You stopped the intake. %n file stored before that are kept; nothing of the file being read was stored.</numerusform>
        <numerusform>You stopped the intake. %n files stored before that are kept; nothing of the file being read was stored.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="312" />
      <source>exhibit {label}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="395" />
      <source>“{name}” will be decrypted into a temporary file in memory and opened in the program your system uses for it.

That program may keep its own copies outside casefiles: thumbnails, a list of recent files, autosaved versions. casefiles cannot remove those. The temporary file is deleted when casefiles locks or closes.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <location filename="../../casefiles/ui/workspace.py" line="75" />
      <source>Calendar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/workspace.py" line="75" />
      <source>Clients</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../casefiles/ui/workspace.py" line="75" />
      <source>Dashboard</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
