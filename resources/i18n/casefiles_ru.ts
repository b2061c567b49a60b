<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="153" />
      <source>&amp;About casefiles</source>
      <translation>&amp;О программе casefiles</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="119" />
      <source>&amp;Back up now…</source>
      <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="197" />
      <source>&amp;Case</source>
      <translation>&amp;Дело</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="142" />
      <source>&amp;Dashboard</source>
      <translation>&amp;Обзор</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="103" />
      <source>&amp;Delete record…</source>
      <translation>&amp;Удалить запись…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="179" />
      <source>&amp;Edit</source>
      <translation>&amp;Правка</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="104" />
      <source>&amp;Edit case…</source>
      <translation>&amp;Изменить дело…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="109" />
      <source>&amp;Export everything…</source>
      <translation>&amp;Экспорт всего…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="161" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="140" />
      <source>&amp;Find case</source>
      <translation>Найти &amp;дело</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="132" />
      <source>&amp;Hearing summary (PDF)…</source>
      <translation>Сводка по &amp;заседанию (PDF)…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="198" />
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="107" />
      <source>&amp;Import…</source>
      <translation>&amp;Импорт…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="136" />
      <source>&amp;Lock</source>
      <translation>&amp;Заблокировать</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="98" />
      <source>&amp;New record…</source>
      <translation>&amp;Новая запись…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="151" />
      <source>&amp;Next tab</source>
      <translation>&amp;Следующая вкладка</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="102" />
      <source>&amp;Open record</source>
      <translation>Откр&amp;ыть запись</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="141" />
      <source>&amp;Preferences…</source>
      <translation>На&amp;стройки…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="152" />
      <source>&amp;Previous tab</source>
      <translation>&amp;Предыдущая вкладка</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="137" />
      <source>&amp;Quit</source>
      <translation>В&amp;ыход</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="139" />
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="147" />
      <source>&amp;Refresh</source>
      <translation>О&amp;бновить</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="138" />
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="194" />
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="100" />
      <source>Add a record of the kind the current tab lists</source>
      <translation>Добавить запись того вида, который показывает текущая вкладка</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="143" />
      <source>C&amp;alendar</source>
      <translation>&amp;Календарь</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="144" />
      <source>C&amp;lients</source>
      <translation>&amp;Доверители</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="129" />
      <source>Case &amp;summary (PDF)…</source>
      <translation>&amp;Сводка по делу (PDF)…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="125" />
      <source>Change &amp;passphrase…</source>
      <translation>Сменить &amp;парольную фразу…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="127" />
      <source>Choose a new passphrase for this case file</source>
      <translation>Задать новую парольную фразу для этой картотеки</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="105" />
      <source>Delete case…</source>
      <translation>Удалить дело…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="115" />
      <source>Export cases and their files for co-counsel, encrypted with age</source>
      <translation>Экспорт дел и их файлов для коллег-защитников с шифрованием age</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="113" />
      <source>Export e&amp;ncrypted…</source>
      <translation>Экспорт с &amp;шифрованием…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="110" />
      <source>Export this &amp;case…</source>
      <translation>Экспорт &amp;текущего дела…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="107" />
      <source>Import cases from an interchange file</source>
      <translation>Импорт дел из файла обмена</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="136" />
      <source>Lock the case file now</source>
      <translation>Заблокировать картотеку сейчас</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="207" />
      <source>Main</source>
      <translation>Основная панель</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="94" />
      <source>New &amp;case…</source>
      <translation>Новое &amp;дело…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="95" />
      <source>New c&amp;lient…</source>
      <translation>Новый до&amp;веритель…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="149" />
      <source>Show changes made meanwhile, for example by the command line</source>
      <translation>Показать изменения, внесённые тем временем, например из командной строки</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="134" />
      <source>The summary of the hearing selected in the Hearings tab</source>
      <translation>Сводка по заседанию, выбранному на вкладке «Заседания»</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/actions.py" line="121" />
      <source>Write an encrypted backup of the whole case file</source>
      <translation>Записать зашифрованную резервную копию всей картотеки</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../casefiles/ui/app.py" line="161" />
      <source>This case file is already open in another casefiles window, which was brought to the front. Use that window, or close it before starting casefiles again.</source>
      <translation>Эта картотека уже открыта в другом окне casefiles; оно выведено на передний план. Работайте в том окне или закройте его, прежде чем снова запускать casefiles.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/app.py" line="166" />
      <source>This case file is already open in another casefiles window. Switch to that window, or close it before starting casefiles again.</source>
      <translation>Эта картотека уже открыта в другом окне casefiles. Перейдите в то окно или закройте его, прежде чем снова запускать casefiles.</translation>
    </message>
  </context>
  <context>
    <name>Attachments</name>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="127" />
      <source>Added</source>
      <translation>Добавлен</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="232" />
      <source>An evidence item holds one file: add another item for another file</source>
      <translation>К одному доказательству прилагается один файл: для другого файла добавьте ещё одно доказательство</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="277" />
      <source>Attach a file</source>
      <translation>Приложить файл</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="142" />
      <source>Attach file…</source>
      <translation>Приложить файл…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="173" />
      <source>Copy</source>
      <translation>Копировать</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="174" />
      <source>Copy the SHA-256 to the clipboard</source>
      <translation>Скопировать SHA-256 в буфер обмена</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="123" />
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="140" />
      <source>Files</source>
      <translation>Файлы</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="206" />
      <source>Files (select a record)</source>
      <translation>Файлы (выберите запись)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="211" />
      <source>Files of {record}</source>
      <translation>Файлы: {record}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="243" />
      <source>Only images and PDFs up to {size} preview inside casefiles</source>
      <translation>Внутри casefiles просматриваются только изображения и PDF размером до {size}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="144" />
      <source>Open in system viewer…</source>
      <translation>Открыть в системной программе…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="236" />
      <source>Or drop files on the record in the list above</source>
      <translation>Или перетащите файлы на запись в списке выше</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="143" />
      <source>Preview</source>
      <translation>Просмотр</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="146" />
      <source>Remove file…</source>
      <translation>Удалить файл…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="129" />
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="131" />
      <source>SHA-256 taken at intake: {hash}</source>
      <translation>SHA-256 при приёме: {hash}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="168" />
      <source>SHA-256:</source>
      <translation>SHA-256:</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="145" />
      <source>Save a copy as…</source>
      <translation>Сохранить копию как…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="125" />
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="126" />
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/attachments.py" line="172" />
      <source>select a file</source>
      <translation>выберите файл</translation>
    </message>
  </context>
  <context>
    <name>BackupActions</name>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="305" />
      <source>Automatic backups</source>
      <translation>Автоматическое резервное копирование</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="325" />
      <source>Automatic backups are on, to {folder}. They open with the case file's passphrase as it is now.</source>
      <translation>Автоматическое резервное копирование включено, папка: {folder}. Копии открываются текущей парольной фразой картотеки.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="178" />
      <source>Automatic backups are set up on each computer: turn them on for this one in Edit › Preferences.</source>
      <translation>Автоматическое резервное копирование настраивается на каждом компьютере отдельно: включите его для этого компьютера в меню Правка › Настройки.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="295" />
      <source>Automatic backups need a case file: create or restore one first.</source>
      <translation>Для автоматического резервного копирования нужна картотека: сначала создайте или восстановите её.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="306" />
      <source>Automatic backups open with the case file's passphrase (as it is now). Type it to make the backup key.</source>
      <translation>Автоматические резервные копии открываются парольной фразой картотеки (текущей). Введите её, чтобы создать ключ резервных копий.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="334" />
      <source>Automatic backups were not set up</source>
      <translation>Автоматическое резервное копирование не настроено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="69" />
      <source>Back up now</source>
      <translation>Создать резервную копию</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="122" />
      <source>Backing up to {name}…</source>
      <translation>Резервное копирование в {name}…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="116" />
      <source>Backup failed</source>
      <translation>Резервное копирование не удалось</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="98" />
      <source>Backup finished</source>
      <translation>Резервное копирование завершено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="83" />
      <source>Backup passphrase</source>
      <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="169" />
      <source>Backup restored</source>
      <translation>Резервная копия восстановлена</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="139" />
      <source>Cannot restore this backup</source>
      <translation>Эту резервную копию нельзя восстановить</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="280" />
      <source>Choose a backup folder outside the case file's own folder: a backup kept beside the case file is lost with it.</source>
      <translation>Выберите папку для резервных копий вне папки самой картотеки: копия, хранящаяся рядом с картотекой, пропадёт вместе с ней.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="224" />
      <source>Export encrypted</source>
      <translation>Экспорт с шифрованием</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="246" />
      <source>Export failed</source>
      <translation>Экспорт не удался</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="236" />
      <source>Export finished</source>
      <translation>Экспорт завершён</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="237" />
      <source>Exported {n} case(s) and {files} attached file(s) to {path}, encrypted to {to}. It opens with 'age -d' or File › Import.</source>
      <translation>Экспортировано дел: {n}, приложенных файлов: {files}, в {path}; зашифровано {to}. Файл открывается командой «age -d» или через Файл › Импорт.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="247" />
      <source>Exporting…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="340" />
      <source>Making the backup key…</source>
      <translation>Создание ключа резервных копий…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="107" />
      <source>Not the case file's passphrase</source>
      <translation>Это не парольная фраза картотеки</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="294" />
      <source>Preferences</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="201" />
      <source>Restore failed; nothing was restored</source>
      <translation>Восстановление не удалось; ничего не восстановлено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="132" />
      <source>Restore from a backup</source>
      <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="207" />
      <source>Restoring {name}…</source>
      <translation>Восстановление {name}…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="108" />
      <source>That is not the passphrase of the open case file, so no backup was written. Check the keyboard layout and Caps Lock and type it again, or choose a separate passphrase for the backup.</source>
      <translation>Это не парольная фраза открытой картотеки, поэтому резервная копия не создана. Проверьте раскладку клавиатуры и Caps Lock и введите её ещё раз или выберите для резервной копии отдельную парольную фразу.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="51" />
      <source>The backup was written to {path} and read back in full: every file checks.

Size: {size}
Files: {files} (the database, the key header and {vault} attached file(s)), each checked against the manifest
Audit trail head: {head}</source>
      <translation>Резервная копия записана в {path} и полностью прочитана обратно: все файлы в порядке.

Размер: {size}
Файлов: {files} (база данных, заголовок ключа и приложенные файлы: {vault}), каждый сверен с манифестом
Последняя запись журнала изменений: {head}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="170" />
      <source>The case file was restored into {folder} ({files} files, every one checked). Unlock it with the case file's own passphrase.</source>
      <translation>Картотека восстановлена в {folder} (файлов: {files}, каждый проверен). Разблокируйте её собственной парольной фразой картотеки.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="193" />
      <source>This passphrase does not open the backup; nothing was restored. Check the keyboard layout and Caps Lock and type it again: the case file's passphrase at the time of the backup, unless a separate one was chosen.</source>
      <translation>Эта парольная фраза не открывает резервную копию; ничего не восстановлено. Проверьте раскладку клавиатуры и Caps Lock и введите её ещё раз: это парольная фраза картотеки на момент создания копии, если не была выбрана отдельная.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="84" />
      <source>Which passphrase should open this backup? By default the case file's own (as it is now); type it to confirm.</source>
      <translation>Какой парольной фразой должна открываться эта резервная копия? По умолчанию — парольной фразой самой картотеки (текущей); введите её для подтверждения.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="192" />
      <source>Wrong passphrase</source>
      <translation>Неверная парольная фраза</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="233" />
      <source>a passphrase</source>
      <translation>парольной фразой</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="40" />
      <source>age-encrypted export (*.age);;All files (*)</source>
      <translation>Зашифрованный экспорт age (*.age);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="39" />
      <source>casefiles backup (*.tar);;All files (*)</source>
      <translation>Резервная копия casefiles (*.tar);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="233" />
      <source>co-counsel's public key</source>
      <translation>открытым ключом коллеги</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="50" />
      <source>not recorded</source>
      <translation>не записано</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_actions.py" line="141" />
      <source>{name} ({size}, made by casefiles {version}).

Type the backup's passphrase. Unless a separate one was chosen, it is the case file's passphrase at the time of the backup.</source>
      <translation>{name} ({size}, создана casefiles {version}).

Введите парольную фразу резервной копии. Если отдельная фраза не выбиралась, это парольная фраза картотеки на момент создания копии.</translation>
    </message>
  </context>
  <context>
    <name>BackupDialogs</name>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="51" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="53" />
      <source>&amp;Repeat it:</source>
      <translation>Повторите &amp;её:</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="178" />
      <source>A &amp;passphrase (tell it to co-counsel in person)</source>
      <translation>Па&amp;рольная фраза (сообщите её коллеге лично)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="81" />
      <source>A &amp;separate backup passphrase</source>
      <translation>&amp;Отдельная парольная фраза для копии</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="169" />
      <source>All cases</source>
      <translation>Все дела</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="91" />
      <source>Case file's passphrase:</source>
      <translation>Парольная фраза картотеки:</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="179" />
      <source>Co-counsel's age &amp;public key</source>
      <translation>&amp;Открытый ключ age коллеги</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="176" />
      <source>Encrypt to</source>
      <translation>Чем зашифровать</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="162" />
      <source>Export</source>
      <translation>Экспортировать</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="159" />
      <source>Export encrypted</source>
      <translation>Экспорт с шифрованием</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="97" />
      <source>The backup opens only with this passphrase. Nobody can recover a forgotten one.</source>
      <translation>Резервная копия открывается только этой парольной фразой. Забытую фразу не восстановит никто.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="80" />
      <source>The case file's own &amp;passphrase</source>
      <translation>Парольная фраза &amp;картотеки</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="167" />
      <source>The case in view</source>
      <translation>Открытое дело</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="165" />
      <source>The case in view ({case})</source>
      <translation>Открытое дело ({case})</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="193" />
      <source>The file opens with the standard age tool (age -d) and imports into casefiles with the same passphrase or key. Attached files go with it.</source>
      <translation>Файл открывается стандартной программой age (age -d) и импортируется в casefiles с той же парольной фразой или ключом. Приложенные файлы передаются вместе с ним.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="62" />
      <source>The two passphrases differ.</source>
      <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="46" />
      <source>several unrelated words</source>
      <translation>несколько не связанных между собой слов</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_dialogs.py" line="90" />
      <source>type it to confirm</source>
      <translation>введите её для подтверждения</translation>
    </message>
  </context>
  <context>
    <name>Backups</name>
    <message>
      <location filename="../../casefiles/ui/backup_scheduler.py" line="223" />
      <source>Automatic backups need a backup key: make one in Preferences.</source>
      <translation>Для автоматического резервного копирования нужен ключ резервных копий: создайте его в настройках.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_scheduler.py" line="229" />
      <source>Backing up…</source>
      <translation>Резервное копирование…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_scheduler.py" line="98" />
      <source>Last backup: never</source>
      <translation>Последняя резервная копия: не создавалась</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_scheduler.py" line="100" />
      <source>Last backup: {when}</source>
      <translation>Последняя резервная копия: {when}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_scheduler.py" line="132" />
      <source>The automatic backup key opens with another passphrase than the case file's: it was made before the case file's passphrase changed. Backups still run, but they cannot be checked or rotated, and they open only with the old passphrase: make a new backup key in Preferences.</source>
      <translation>Ключ автоматических резервных копий открывается не той парольной фразой, что картотека: он был создан до смены парольной фразы картотеки. Копирование продолжается, но копии нельзя проверить, старые копии не удаляются, и открываются они только старой парольной фразой. Создайте новый ключ резервных копий в настройках.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_scheduler.py" line="285" />
      <source>The automatic backup to {folder} failed: {reason} Earlier backups there are intact.</source>
      <translation>Автоматическое резервное копирование в {folder} не удалось: {reason} Прежние копии в этой папке не повреждены.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_scheduler.py" line="253" />
      <source>an internal error ({kind})</source>
      <translation>внутренняя ошибка ({kind})</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/backup_scheduler.py" line="103" />
      <source>— the last automatic backup did not run</source>
      <translation>— последнее автоматическое копирование не выполнено</translation>
    </message>
  </context>
  <context>
    <name>Calendar</name>
    <message>
      <location filename="../../casefiles/ui/calendar_view.py" line="38" />
      <source>Calendar of hearings</source>
      <translation>Календарь заседаний</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/calendar_view.py" line="59" />
      <source>Case</source>
      <translation>Дело</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/calendar_view.py" line="64" />
      <source>Court</source>
      <translation>Суд</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/calendar_view.py" line="134" />
      <source>Hearings in {month}: {n}</source>
      <translation>Заседания за {month}: {n}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/calendar_view.py" line="129" />
      <source>Hearings on {day}</source>
      <translation>Заседания {day}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/calendar_view.py" line="60" />
      <source>Purpose</source>
      <translation>Предмет</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/calendar_view.py" line="62" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/calendar_view.py" line="58" />
      <source>When</source>
      <translation>Когда</translation>
    </message>
  </context>
  <context>
    <name>CaseList</name>
    <message numerus="yes">
      <location filename="../../casefiles/ui/case_list.py" line="191" />
      <source>%n case(s)</source>
      <translation>
        <numerusform>%n дело</numerusform>
        <numerusform>%n дела</numerusform>
        <numerusform>%n дел</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="81" />
      <source>&amp;Status:</source>
      <translation>Стат&amp;ус:</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="78" />
      <source>All statuses</source>
      <translation>Все статусы</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="47" />
      <source>Clients: {names}</source>
      <translation>Доверители: {names}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="108" />
      <source>Ctrl+Shift+N</source>
      <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="107" />
      <source>New case…</source>
      <translation>Новое дело…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="49" />
      <source>Next hearing: {when}</source>
      <translation>Следующее заседание: {when}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="193" />
      <source>No case matches.</source>
      <translation>Подходящих дел нет.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="195" />
      <source>No cases yet. Add your first with “New case…”.</source>
      <translation>Дел пока нет. Добавьте первое кнопкой «Новое дело…».</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="88" />
      <source>Reference</source>
      <translation>Номер</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="74" />
      <source>Reference, title, client or court</source>
      <translation>Номер, наименование, доверитель или суд</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="72" />
      <source>Search cases (Ctrl+F)</source>
      <translation>Поиск дел (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/case_list.py" line="89" />
      <source>Title</source>
      <translation>Наименование</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <location filename="../../casefiles/ui/case_view.py" line="80" />
      <source>&amp;Denied requests</source>
      <translation>О&amp;тказы</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/case_view.py" line="81" />
      <source>&amp;Evidence</source>
      <translation>Доказательств&amp;а</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/case_view.py" line="77" />
      <source>&amp;Hearings</source>
      <translation>&amp;Заседания</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/case_view.py" line="78" />
      <source>&amp;Motions</source>
      <translation>&amp;Ходатайства</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/case_view.py" line="76" />
      <source>&amp;Overview</source>
      <translation>&amp;Общие сведения</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/case_view.py" line="82" />
      <source>Chro&amp;nology</source>
      <translation>Хро&amp;нология</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/case_view.py" line="79" />
      <source>Re&amp;quests</source>
      <translation>Зап&amp;росы</translation>
    </message>
  </context>
  <context>
    <name>ChronologyTab</name>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="89" />
      <source>Add a fact or step not recorded elsewhere (Ctrl+N)</source>
      <translation>Добавить факт или действие, не отражённые в других записях (Ctrl+N)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="40" />
      <source>Answer from {authority}: {status}</source>
      <translation>Ответ: {authority} — {status}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="28" />
      <source>Case opened</source>
      <translation>Дело принято к производству</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="30" />
      <source>Decision announced</source>
      <translation>Решение объявлено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="81" />
      <source>Detail</source>
      <translation>Подробности</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="46" />
      <source>Exhibit {label}: {action}</source>
      <translation>Доказательство {label}: {action}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="35" />
      <source>Filed: {title}</source>
      <translation>Заявлено: {title}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="75" />
      <source>From</source>
      <translation>Источник</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="32" />
      <source>Hearing</source>
      <translation>Судебное заседание</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="95" />
      <source>Hearings, motions, requests and custody steps appear here by themselves.</source>
      <translation>Заседания, ходатайства, запросы и движение доказательств появляются здесь сами.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="88" />
      <source>New event…</source>
      <translation>Новое событие…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="39" />
      <source>Request to {authority}</source>
      <translation>Запрос: {authority}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="77" />
      <source>What</source>
      <translation>Что</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="74" />
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/chronology.py" line="36" />
      <source>{status}: {title}</source>
      <translation>{status}: {title}</translation>
    </message>
  </context>
  <context>
    <name>Clients</name>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="84" />
      <source>Address</source>
      <translation>Адрес</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="97" />
      <source>Case</source>
      <translation>Дело</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="93" />
      <source>Cases</source>
      <translation>Дела</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="76" />
      <source>Client</source>
      <translation>Доверитель</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="45" />
      <source>Clients</source>
      <translation>Доверители</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="54" />
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="53" />
      <source>Edit…</source>
      <translation>Изменить…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="83" />
      <source>Email</source>
      <translation>Эл. почта</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="81" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="80" />
      <source>Name</source>
      <translation>Имя / наименование</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="52" />
      <source>New client…</source>
      <translation>Новый доверитель…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="85" />
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="82" />
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/clients_view.py" line="98" />
      <source>Role</source>
      <translation>Роль</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message numerus="yes">
      <location filename="../../casefiles/ui/dashboard.py" line="134" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n день</numerusform>
        <numerusform>%n дня</numerusform>
        <numerusform>%n дней</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="104" />
      <source>Case</source>
      <translation>Дело</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="97" />
      <source>Dashboard</source>
      <translation>Обзор</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="109" />
      <source>Day</source>
      <translation>День</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="146" />
      <source>Decided</source>
      <translation>Решено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="122" />
      <source>Filed</source>
      <translation>Подано</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="129" />
      <source>Hearings noticed at short notice</source>
      <translation>Заседания с поздним извещением</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="124" />
      <source>Motion</source>
      <translation>Ходатайство</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="120" />
      <source>Motions awaiting a ruling</source>
      <translation>Ходатайства, ожидающие решения</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="141" />
      <source>No hearing was noticed shorter than its case's threshold.</source>
      <translation>Нет заседаний, о которых известили позже порога, установленного для дела.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="117" />
      <source>No hearings in the next 14 days.</source>
      <translation>Заседаний в ближайшие 14 дней нет.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="126" />
      <source>No motion is waiting for a ruling.</source>
      <translation>Нет ходатайств, ожидающих решения.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="153" />
      <source>No refusals recorded.</source>
      <translation>Отказов не зафиксировано.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="133" />
      <source>Notice</source>
      <translation>Срок</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="148" />
      <source>Outcome</source>
      <translation>Результат</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="112" />
      <source>Purpose</source>
      <translation>Предмет</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="144" />
      <source>Recent refusals</source>
      <translation>Последние отказы</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/dashboard.py" line="80" />
      <source>Showing the first %n.</source>
      <translation>
        <numerusform>Показана только первая %n запись.</numerusform>
        <numerusform>Показаны только первые %n записи.</numerusform>
        <numerusform>Показаны только первые %n записей.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="139" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="106" />
      <source>Upcoming hearings, next 14 days</source>
      <translation>Ближайшие заседания, 14 дней</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="150" />
      <source>What was asked</source>
      <translation>Что запрашивалось</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="108" />
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/dashboard.py" line="49" />
      <source>in %n day(s)</source>
      <translation>
        <numerusform>через %n день</numerusform>
        <numerusform>через %n дня</numerusform>
        <numerusform>через %n дней</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="46" />
      <source>today</source>
      <translation>сегодня</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dashboard.py" line="48" />
      <source>tomorrow</source>
      <translation>завтра</translation>
    </message>
  </context>
  <context>
    <name>DeniedTab</name>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="38" />
      <source>Asked</source>
      <translation>Подано</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="41" />
      <source>Asked of</source>
      <translation>Адресат</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="47" />
      <source>Decided</source>
      <translation>Решено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="57" />
      <source>Every denied motion and every denied, ignored or returned request of this case. Change a record's status in its own tab; open a row to see it.</source>
      <translation>Все отклонённые ходатайства по этому делу и все запросы, в которых отказано, оставленные без ответа или возвращённые. Статус записи меняется на её собственной вкладке; откройте строку, чтобы увидеть запись.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="121" />
      <source>Objection / follow-up</source>
      <translation>Возражение / дальнейшие действия</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="46" />
      <source>Outcome</source>
      <translation>Результат</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="120" />
      <source>Reason given</source>
      <translation>Мотивы</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="113" />
      <source>Select a row to read the reasons, the objection and the standards engaged.</source>
      <translation>Выберите строку, чтобы прочитать мотивы, возражение и затрагиваемые стандарты.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="129" />
      <source>Standards engaged</source>
      <translation>Затрагиваемые стандарты</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="39" />
      <source>Type</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/denied.py" line="44" />
      <source>What was asked</source>
      <translation>Что запрашивалось</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../casefiles/ui/dialogs.py" line="73" />
      <source>Internal error</source>
      <translation>Внутренняя ошибка</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dialogs.py" line="91" />
      <source>Lock the case file after this many idle minutes (0: never):</source>
      <translation>Блокировать картотеку после стольких минут бездействия (0 — никогда):</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dialogs.py" line="90" />
      <source>Preferences</source>
      <translation>Настройки</translation>
    </message>
  </context>
  <context>
    <name>Editing</name>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="178" />
      <source>Check the similar names above, then save again to add it anyway.</source>
      <translation>Проверьте похожие имена выше и сохраните ещё раз, чтобы всё же добавить запись.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="302" />
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="301" />
      <source>Delete this {record}?</source>
      <translation>Удалить эту запись ({record})?</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="300" />
      <source>Delete {record}?</source>
      <translation>Удалить запись ({record})?</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/editing.py" line="290" />
      <source>It has %n attached file(s). The encrypted file(s) are removed from the case file with it, for good: this cannot be undone. The audit trail keeps each file's name and SHA-256, and when and by whom it was deleted.</source>
      <translation>
        <numerusform>К записи приложен %n файл. Зашифрованный файл удаляется из картотеки вместе с ней безвозвратно: это нельзя отменить. В журнале изменений остаются имя и SHA-256 каждого файла, а также когда и кем он удалён.</numerusform>
        <numerusform>К записи приложено %n файла. Зашифрованные файлы удаляются из картотеки вместе с ней безвозвратно: это нельзя отменить. В журнале изменений остаются имя и SHA-256 каждого файла, а также когда и кем он удалён.</numerusform>
        <numerusform>К записи приложено %n файлов. Зашифрованные файлы удаляются из картотеки вместе с ней безвозвратно: это нельзя отменить. В журнале изменений остаются имя и SHA-256 каждого файла, а также когда и кем он удалён.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="106" />
      <source>Not found</source>
      <translation>Не найдено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="107" />
      <source>This record is no longer in the case file.</source>
      <translation>Этой записи больше нет в картотеке.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="297" />
      <source>You can undo this with Ctrl+Z.</source>
      <translation>Это действие можно отменить сочетанием Ctrl+Z.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="220" />
      <source>add {record}</source>
      <translation>добавление: {record}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="353" />
      <source>delete {record}</source>
      <translation>удаление: {record}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editing.py" line="255" />
      <source>edit {record}</source>
      <translation>изменение: {record}</translation>
    </message>
  </context>
  <context>
    <name>Editor</name>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="83" />
      <source> days</source>
      <translation> дн.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="376" />
      <source>: shorter than the {threshold} days this case flags.</source>
      <translation>: меньше порога, установленного для дела ({threshold} дн.).</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="65" />
      <source>Address</source>
      <translation>Адрес</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="201" />
      <source>Answered on</source>
      <translation>Дата ответа</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="153" />
      <source>At hearing</source>
      <translation>На заседании</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="181" />
      <source>Authority</source>
      <translation>Орган</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="245" />
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="237" />
      <source>Chain of custody</source>
      <translation>Движение доказательства</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="96" />
      <source>Clients</source>
      <translation>Доверители</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="398" />
      <source>Correct the fields marked in red, then save.</source>
      <translation>Исправьте поля, выделенные красным, и сохраните.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="80" />
      <source>Court</source>
      <translation>Суд</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="75" />
      <source>Court reference</source>
      <translation>Номер дела в суде</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="243" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="129" />
      <source>Decision announced on</source>
      <translation>Решение объявлено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="164" />
      <source>Defence objection</source>
      <translation>Возражение защиты</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="236" />
      <source>Description</source>
      <translation>Описание</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="465" />
      <source>Discard</source>
      <translation>Закрыть без сохранения</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="461" />
      <source>Discard changes?</source>
      <translation>Закрыть без сохранения?</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="64" />
      <source>Email</source>
      <translation>Эл. почта</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="222" />
      <source>Exhibit label</source>
      <translation>Обозначение</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="150" />
      <source>Filed by</source>
      <translation>Кем заявлено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="152" />
      <source>Filed on</source>
      <translation>Дата подачи</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="93" />
      <source>Flag notice shorter than</source>
      <translation>Отмечать извещение менее чем за</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="203" />
      <source>Follow-up</source>
      <translation>Дальнейшие действия</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="151" />
      <source>Form</source>
      <translation>Форма</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="81" />
      <source>Judge</source>
      <translation>Судья</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="58" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="184" />
      <source>Kind of authority</source>
      <translation>Вид органа</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="55" />
      <source>Name</source>
      <translation>Имя / наименование</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="128" />
      <source>New {record}</source>
      <translation>Новая запись: {record}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="66" />
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/editors/editor.py" line="374" />
      <source>Notice of %n day(s)</source>
      <translation>
        <numerusform>Извещение за %n день</numerusform>
        <numerusform>Извещение за %n дня</numerusform>
        <numerusform>Извещение за %n дней</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="126" />
      <source>Notice received on</source>
      <translation>Извещение получено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="234" />
      <source>Obtained on</source>
      <translation>Дата получения</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="235" />
      <source>Offered at hearing</source>
      <translation>Представлено на заседании</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="90" />
      <source>Opened on</source>
      <translation>Принято к производству</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="132" />
      <source>Outcome</source>
      <translation>Результат</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="63" />
      <source>Phone</source>
      <translation>Телефон</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="437" />
      <source>Possible conflict: similar names are already in this case file</source>
      <translation>Возможный конфликт интересов: в картотеке уже есть похожие имена</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="82" />
      <source>Procedure</source>
      <translation>Вид производства</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="115" />
      <source>Purpose</source>
      <translation>Предмет заседания</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="202" />
      <source>Reason given</source>
      <translation>Мотивы</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="191" />
      <source>Requested on</source>
      <translation>Дата запроса</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="333" />
      <source>Required</source>
      <translation>Обязательное поле</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="105" />
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="124" />
      <source>Room</source>
      <translation>Зал</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="162" />
      <source>Ruled on</source>
      <translation>Дата решения</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="163" />
      <source>Ruling and reasons given</source>
      <translation>Решение и мотивы</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="213" />
      <source>Save (Ctrl+S)</source>
      <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="233" />
      <source>Source</source>
      <translation>Источник</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="165" />
      <source>Standards engaged</source>
      <translation>Затрагиваемые стандарты</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="114" />
      <source>Starts at</source>
      <translation>Начало</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="85" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="97" />
      <source>Summary</source>
      <translation>Краткое изложение</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="193" />
      <source>The answer</source>
      <translation>Ответ</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="211" />
      <source>The answer date is before the request date</source>
      <translation>Дата ответа раньше даты запроса</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="147" />
      <source>The motion</source>
      <translation>Ходатайство</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="139" />
      <source>The notice cannot come after the hearing started</source>
      <translation>Извещение не может быть получено после начала заседания</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="180" />
      <source>The request</source>
      <translation>Запрос</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="154" />
      <source>The ruling</source>
      <translation>Решение суда</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="172" />
      <source>The ruling date is before the filing date</source>
      <translation>Дата решения раньше даты подачи</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="344" />
      <source>This is after today: it cannot have happened yet</source>
      <translation>Эта дата позже сегодняшней: такого ещё не могло произойти</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="462" />
      <source>This {record} has changes that are not saved. Discard them?</source>
      <translation>Изменения не сохранены. Закрыть запись ({record}) без сохранения?</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="79" />
      <source>Title</source>
      <translation>Наименование</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="189" />
      <source>What was asked</source>
      <translation>Содержание запроса</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="434" />
      <source>and {n} more</source>
      <translation>и ещё {n}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="421" />
      <source>client</source>
      <translation>доверитель</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="223" />
      <source>given automatically (A, B, …)</source>
      <translation>присваивается автоматически (A, B, …)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="425" />
      <source>no cases</source>
      <translation>нет дел</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="427" />
      <source>party</source>
      <translation>участник</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/specs.py" line="77" />
      <source>the court's case number</source>
      <translation>номер дела в суде</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="130" />
      <source>{record}</source>
      <translation>{record}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/editor.py" line="429" />
      <source>{role} in {case}</source>
      <translation>{role} в деле {case}</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../casefiles/ui/errors.py" line="76" />
      <source>(no log file)</source>
      <translation>(файла журнала работы нет)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/errors.py" line="77" />
      <source>Something went wrong inside casefiles. What you saved before is safe; the last action may not have completed.

Please report this problem with the log file (it holds no case content):
{path}</source>
      <translation>В casefiles произошла внутренняя ошибка. Всё, что было сохранено раньше, цело; последнее действие могло не завершиться.

Сообщите, пожалуйста, об этой проблеме и приложите файл журнала работы (в нём нет содержания дел):
{path}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/errors.py" line="39" />
      <source>The disk is full, so nothing was saved. Free some space (empty the trash, move large files) and try again.</source>
      <translation>Диск заполнен, поэтому ничего не сохранено. Освободите место (очистите корзину, перенесите большие файлы) и повторите попытку.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/errors.py" line="49" />
      <source>The disk reported a read or write error. Check the disk, make a backup of your case file, and try again.</source>
      <translation>Диск сообщил об ошибке чтения или записи. Проверьте диск, сделайте резервную копию картотеки и повторите попытку.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/errors.py" line="72" />
      <source>casefiles</source>
      <translation>casefiles</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/errors.py" line="44" />
      <source>casefiles may not write there ({reason}). Choose another folder or check its permissions, then try again.</source>
      <translation>casefiles не может записывать туда ({reason}). Выберите другую папку или проверьте права доступа к ней, затем повторите попытку.</translation>
    </message>
  </context>
  <context>
    <name>EvidenceTab</name>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="72" />
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="149" />
      <source>Add files as new exhibits</source>
      <translation>Добавить файлы как новые доказательства</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="60" />
      <source>Add file…</source>
      <translation>Добавить файл…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="87" />
      <source>Chain of custody</source>
      <translation>Движение доказательства</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="157" />
      <source>Chain of custody (select an exhibit)</source>
      <translation>Движение доказательства (выберите доказательство)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="160" />
      <source>Chain of custody: {item}</source>
      <translation>Движение доказательства: {item}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="39" />
      <source>Exhibit</source>
      <translation>Обозн.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="159" />
      <source>Exhibit {label}</source>
      <translation>Доказательство {label}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="73" />
      <source>From</source>
      <translation>От кого</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="137" />
      <source>Hash recorded, file not in store: this item came with the SHA-256 of “{name}” but not the file. Attach that file to store it; another file is refused. Recorded SHA-256: {hash}</source>
      <translation>Хеш записан, файла в хранилище нет: запись пришла с SHA-256 файла «{name}», но без самого файла. Приложите этот файл, чтобы сохранить его; другой файл не будет принят. Записанный SHA-256: {hash}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="43" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="55" />
      <source>No evidence yet. Drop files here (one new exhibit each), use “Add file…”, or describe an exhibit with “New evidence…” (Ctrl+N).</source>
      <translation>Доказательств пока нет. Перетащите сюда файлы (каждый станет новым доказательством), нажмите «Добавить файл…» или опишите доказательство через «Добавить доказательство…» (Ctrl+N).</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="76" />
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="49" />
      <source>Obtained</source>
      <translation>Получено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="50" />
      <source>Source</source>
      <translation>Источник</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="45" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="62" />
      <source>Store files in the encrypted vault, one new exhibit each (or drop them here)</source>
      <translation>Сохранить файлы в зашифрованном хранилище, каждый как новое доказательство (или перетащите их сюда)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="41" />
      <source>Title</source>
      <translation>Наименование</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="74" />
      <source>To</source>
      <translation>Кому</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="71" />
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/evidence.py" line="120" />
      <source>exhibit {label}</source>
      <translation>доказательство {label}</translation>
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="440" />
      <source>(no hearing)</source>
      <translation>(без заседания)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="347" />
      <source>(not set)</source>
      <translation>(не указано)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="504" />
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="622" />
      <source>Add client</source>
      <translation>Добавить доверителя</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="509" />
      <source>Add step</source>
      <translation>Добавить этап</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="621" />
      <source>Client</source>
      <translation>Доверитель</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="503" />
      <source>Date [time]</source>
      <translation>Дата [время]</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="670" />
      <source>Each client appears once; remove the repeated row</source>
      <translation>Каждый доверитель указывается один раз; удалите повторяющуюся строку</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="505" />
      <source>From</source>
      <translation>От кого</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="632" />
      <source>No clients yet: add them in the Clients view (Ctrl+3), then here.</source>
      <translation>Доверителей пока нет: добавьте их в разделе «Доверители» (Ctrl+3), затем здесь.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="507" />
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/dates.py" line="215" />
      <source>Pick the date on a calendar (F4)</source>
      <translation>Выбрать дату в календаре (F4)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="623" />
      <source>Remove client</source>
      <translation>Убрать доверителя</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="510" />
      <source>Remove step</source>
      <translation>Удалить этап</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="621" />
      <source>Role in the case</source>
      <translation>Роль в деле</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="571" />
      <source>Step {n}: say what happened (the action)</source>
      <translation>Этап {n}: укажите, что произошло (действие)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="566" />
      <source>Step {n}: {problem}</source>
      <translation>Шаг {n}: {problem}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="522" />
      <source>The date like {examples}, and the time when known: {example} 10:00</source>
      <translation>Дата в виде {examples} и время, если оно известно: {example} 10:00</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/dates.py" line="143" />
      <source>There is no such date as {text}: check the day and the month</source>
      <translation>Даты {text} не существует: проверьте день и месяц</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="506" />
      <source>To</source>
      <translation>Кому</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/dates.py" line="206" />
      <source>Type the date like {examples}, or pick it on the calendar (F4)</source>
      <translation>Введите дату в виде {examples} или выберите её в календаре (F4)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="123" />
      <source>Type the date like {examples}, or pick it on the calendar (F4); leave it empty while it is not known</source>
      <translation>Введите дату в виде {examples} или выберите её в календаре (F4); оставьте поле пустым, пока дата неизвестна</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="263" />
      <source>Type the date like {examples}; when only the month or the year is known, write YYYY-MM or YYYY</source>
      <translation>Введите дату в виде {examples}; если известны только месяц или год, напишите ГГГГ-ММ или ГГГГ</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="191" />
      <source>Type the time like 10:00</source>
      <translation>Введите время в виде 10:00</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/dates.py" line="102" />
      <source>Write the date like {examples}</source>
      <translation>Напишите дату в виде {examples}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="306" />
      <source>Write the date like {examples}, or {month} or {year} when only the month or the year is known</source>
      <translation>Введите дату, например {examples}, или {month} либо {year}, если известен только месяц или год</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/dates.py" line="160" />
      <source>Write the time like 10:00</source>
      <translation>Напишите время в виде 10:00</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="194" />
      <source>at</source>
      <translation>в</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/dates.py" line="203" />
      <source>e.g. {example}</source>
      <translation>напр. {example}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="253" />
      <source>e.g. {example}, or 2025-12, or 2025</source>
      <translation>напр. {example}, или 2025-12, или 2025</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/editors/fields.py" line="297" />
      <source>{year} is not a year of this case: check the digits</source>
      <translation>{year} — не год этого дела: проверьте цифры</translation>
    </message>
  </context>
  <context>
    <name>Formats</name>
    <message numerus="yes">
      <location filename="../../casefiles/ui/fmt.py" line="83" />
      <source>%n byte(s)</source>
      <translation>
        <numerusform>%n байт</numerusform>
        <numerusform>%n байта</numerusform>
        <numerusform>%n байт</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>HearingsTab</name>
    <message numerus="yes">
      <location filename="../../casefiles/ui/tabs/hearings.py" line="19" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n день</numerusform>
        <numerusform>%n дня</numerusform>
        <numerusform>%n дней</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="41" />
      <source>Court and room</source>
      <translation>Суд и зал</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="48" />
      <source>No hearings yet. Add one with “New hearing…” (Ctrl+N).</source>
      <translation>Заседаний пока нет. Добавьте заседание кнопкой «Добавить заседание…» (Ctrl+N).</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="33" />
      <source>Notice</source>
      <translation>Извещение</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="36" />
      <source>Notice shorter than the case's threshold</source>
      <translation>Срок извещения меньше порога, установленного для дела</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="44" />
      <source>Outcome</source>
      <translation>Результат</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="30" />
      <source>Purpose</source>
      <translation>Предмет</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="29" />
      <source>Starts</source>
      <translation>Начало</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/hearings.py" line="31" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
  </context>
  <context>
    <name>History</name>
    <message>
      <location filename="../../casefiles/ui/history.py" line="149" />
      <source>#</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="152" />
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="98" />
      <source>After: {value}</source>
      <translation>После: {value}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="96" />
      <source>Before: {value}</source>
      <translation>До: {value}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="173" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="170" />
      <source>Entries are never edited or deleted; “casefiles verify” checks their chain.</source>
      <translation>Записи никогда не изменяются и не удаляются; их цепочку проверяет команда «casefiles verify».</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/history.py" line="168" />
      <source>Entries in the audit trail: %n, oldest first.</source>
      <translation>
        <numerusform>Записей в журнале изменений: %n, сначала самые ранние.</numerusform>
        <numerusform>Записей в журнале изменений: %n, сначала самые ранние.</numerusform>
        <numerusform>Записей в журнале изменений: %n, сначала самые ранние.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="153" />
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="146" />
      <source>History: {record}</source>
      <translation>История: {record}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="155" />
      <source>Old → new</source>
      <translation>Было → стало</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="211" />
      <source>Reading the audit trail…</source>
      <translation>Чтение журнала изменений…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="64" />
      <source>Redacted: the value was replaced by its SHA-256 {hash}</source>
      <translation>Скрыто: значение заменено его SHA-256 {hash}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="157" />
      <source>Source</source>
      <translation>Источник</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="151" />
      <source>What</source>
      <translation>Что</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="150" />
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="53" />
      <source>[redacted]</source>
      <translation>[скрыто]</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="44" />
      <source>casefiles</source>
      <translation>casefiles</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="36" />
      <source>changed</source>
      <translation>изменено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="42" />
      <source>command line</source>
      <translation>командная строка</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="36" />
      <source>created</source>
      <translation>создано</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="36" />
      <source>deleted</source>
      <translation>удалено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="41" />
      <source>desktop app</source>
      <translation>приложение</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="121" />
      <source>file {key}</source>
      <translation>файл {key}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="43" />
      <source>import</source>
      <translation>импорт</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="59" />
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="90" />
      <source>was: {old}</source>
      <translation>было: {old}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/history.py" line="59" />
      <source>yes</source>
      <translation>да</translation>
    </message>
  </context>
  <context>
    <name>ImagePreview</name>
    <message>
      <location filename="../../casefiles/ui/image_preview.py" line="57" />
      <source>Actual size</source>
      <translation>Исходный размер</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/image_preview.py" line="59" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/image_preview.py" line="55" />
      <source>Fit window</source>
      <translation>По размеру окна</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/image_preview.py" line="112" />
      <source>{name} (SHA-256 checked)</source>
      <translation>{name} (SHA-256 проверен)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/image_preview.py" line="53" />
      <source>{w} × {h} pixels</source>
      <translation>{w} × {h} пикс.</translation>
    </message>
  </context>
  <context>
    <name>Labels</name>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="43" />
      <source>Access to the case file</source>
      <translation>Об ознакомлении с материалами дела</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="22" />
      <source>Administrative</source>
      <translation>Административное</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="45" />
      <source>Admission of evidence</source>
      <translation>О приобщении доказательств</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="83" />
      <source>Admitted</source>
      <translation>Приобщено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="76" />
      <source>Audio</source>
      <translation>Аудиозапись</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="35" />
      <source>Authority</source>
      <translation>Должностное лицо</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="40" />
      <source>Cancelled</source>
      <translation>Отменено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="95" />
      <source>Case</source>
      <translation>Дело</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="20" />
      <source>Civil</source>
      <translation>Гражданское</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="29" />
      <source>Claimant</source>
      <translation>Истец</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="96" />
      <source>Client</source>
      <translation>Доверитель</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="28" />
      <source>Closed</source>
      <translation>Производство окончено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="81" />
      <source>Collected</source>
      <translation>Собрано</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="34" />
      <source>Counsel</source>
      <translation>Представитель</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="52" />
      <source>Court</source>
      <translation>Суд</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="21" />
      <source>Criminal</source>
      <translation>Уголовное</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="26" />
      <source>Decided</source>
      <translation>Решение вынесено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="49" />
      <source>Defence</source>
      <translation>Защита</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="60" />
      <source>Denied</source>
      <translation>Отказано</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="74" />
      <source>Document</source>
      <translation>Документ</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="56" />
      <source>Draft</source>
      <translation>Проект</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="23" />
      <source>Economic</source>
      <translation>Экономическое</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="102" />
      <source>Event</source>
      <translation>Событие</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="101" />
      <source>Evidence</source>
      <translation>Доказательство</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="42" />
      <source>Examination of a witness</source>
      <translation>О допросе свидетеля</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="46" />
      <source>Exclusion of evidence</source>
      <translation>Об исключении доказательств</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="33" />
      <source>Expert</source>
      <translation>Эксперт</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="47" />
      <source>Expert examination</source>
      <translation>О назначении экспертизы</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="87" />
      <source>Fact</source>
      <translation>Факт</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="57" />
      <source>Filed, awaiting ruling</source>
      <translation>Ожидает решения</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="58" />
      <source>Granted</source>
      <translation>Удовлетворено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="88" />
      <source>Harassment</source>
      <translation>Давление</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="98" />
      <source>Hearing</source>
      <translation>Заседание</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="38" />
      <source>Held</source>
      <translation>Состоялось</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="72" />
      <source>Ignored (no answer)</source>
      <translation>Без ответа</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="31" />
      <source>Judge</source>
      <translation>Судья</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="63" />
      <source>Ministry</source>
      <translation>Министерство</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="99" />
      <source>Motion</source>
      <translation>Ходатайство</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="62" />
      <source>Not considered</source>
      <translation>Не рассмотрено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="82" />
      <source>Offered</source>
      <translation>Представлено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="27" />
      <source>On appeal</source>
      <translation>Обжалуется</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="25" />
      <source>Open</source>
      <translation>В производстве</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="55" />
      <source>Oral</source>
      <translation>Устное</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="19" />
      <source>Organisation</source>
      <translation>Организация</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="24" />
      <source>Other</source>
      <translation>Иное</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="59" />
      <source>Partly granted</source>
      <translation>Удовлетворено частично</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="97" />
      <source>Party</source>
      <translation>Участник</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="69" />
      <source>Pending</source>
      <translation>Ожидает ответа</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="18" />
      <source>Person</source>
      <translation>Физ. лицо</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="75" />
      <source>Photo</source>
      <translation>Фотоснимок</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="78" />
      <source>Physical item</source>
      <translation>Вещественное</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="64" />
      <source>Police</source>
      <translation>Полиция</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="39" />
      <source>Postponed</source>
      <translation>Отложено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="41" />
      <source>Postponement</source>
      <translation>Об отложении</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="86" />
      <source>Procedural</source>
      <translation>Процессуальное</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="50" />
      <source>Prosecution</source>
      <translation>Обвинение</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="30" />
      <source>Prosecutor</source>
      <translation>Прокурор</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="65" />
      <source>Prosecutor's office</source>
      <translation>Прокуратура</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="44" />
      <source>Recusal</source>
      <translation>Об отводе</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="84" />
      <source>Refused</source>
      <translation>Не приобщено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="66" />
      <source>Registry</source>
      <translation>Регистрирующий орган</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="100" />
      <source>Request</source>
      <translation>Запрос</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="73" />
      <source>Returned unexamined</source>
      <translation>Возвращено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="37" />
      <source>Scheduled</source>
      <translation>Назначено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="85" />
      <source>Seized</source>
      <translation>Изъято</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="79" />
      <source>Testimony</source>
      <translation>Показания</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="77" />
      <source>Video</source>
      <translation>Видеозапись</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="61" />
      <source>Withdrawn</source>
      <translation>Отозвано</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="32" />
      <source>Witness</source>
      <translation>Свидетель</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/labels.py" line="54" />
      <source>Written</source>
      <translation>Письменное</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="118" />
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="118" />
      <source>&amp;Redo {what}</source>
      <translation>&amp;Повторить {what}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="115" />
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="115" />
      <source>&amp;Undo {what}</source>
      <translation>&amp;Отменить {what}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="444" />
      <source>&lt;h3&gt;casefiles {version}&lt;/h3&gt;&lt;p&gt;An offline, encrypted case-file manager for defence lawyers.&lt;/p&gt;&lt;p&gt;Case file: {path}&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
      <translation>&lt;h3&gt;casefiles {version}&lt;/h3&gt;&lt;p&gt;Автономная зашифрованная картотека дел для адвокатов-защитников.&lt;/p&gt;&lt;p&gt;Картотека: {path}&lt;/p&gt;&lt;p&gt;Распространяется на условиях GNU GPL версии 3 или более поздней.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="443" />
      <source>About casefiles</source>
      <translation>О программе casefiles</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="327" />
      <source>Automatic backup</source>
      <translation>Автоматическое резервное копирование</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="460" />
      <source>Backing up before casefiles quits…</source>
      <translation>Резервное копирование перед выходом из casefiles…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="473" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="270" />
      <source>Demo case file</source>
      <translation>Демонстрационная картотека</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="472" />
      <source>Finishing the automatic backup before casefiles quits…</source>
      <translation>Завершение автоматического резервного копирования перед выходом из casefiles…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="418" />
      <source>Hearing summary</source>
      <translation>Сводка по заседанию</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="317" />
      <source>Lock and stop it</source>
      <translation>Заблокировать и остановить</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="312" />
      <source>Lock casefiles</source>
      <translation>Заблокировать casefiles</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="352" />
      <source>Locked</source>
      <translation>Заблокировано</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="313" />
      <source>Locking now stops the work still running:

{work}

What it has not finished is not written. Lock anyway?</source>
      <translation>Блокировка сейчас остановит работу, которая ещё выполняется:

{work}

То, что не завершено, не будет записано. Всё равно заблокировать?</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="289" />
      <source>Locking stopped work that was still running:

{work}

A stopped backup or export wrote nothing, and a file being stored when the lock came was not stored (files stored before it are kept): start it again.</source>
      <translation>Блокировка остановила работу, которая ещё выполнялась:

{work}

Остановленное резервное копирование или экспорт ничего не записали, а файл, который сохранялся в момент блокировки, не сохранён (файлы, сохранённые до неё, остаются): запустите действие снова.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="419" />
      <source>Select a hearing in the Hearings tab, then ask for its summary again.</source>
      <translation>Выберите заседание на вкладке «Заседания» и снова запросите сводку.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="288" />
      <source>Stopped by the lock</source>
      <translation>Остановлено блокировкой</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="258" />
      <source>The case file cannot be opened</source>
      <translation>Картотеку не удаётся открыть</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="270" />
      <source>Unlocked</source>
      <translation>Разблокировано</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="255" />
      <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
      <translation>Неверная парольная фраза. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/main_window.py" line="478" />
      <source>casefiles</source>
      <translation>casefiles</translation>
    </message>
  </context>
  <context>
    <name>MotionsTab</name>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="25" />
      <source>Filed</source>
      <translation>Подано</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="27" />
      <source>Filed by</source>
      <translation>Кем заявлено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="26" />
      <source>Motion</source>
      <translation>Ходатайство</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="39" />
      <source>No motions yet. Add one with “New motion…” (Ctrl+N).</source>
      <translation>Ходатайств пока нет. Добавьте ходатайство кнопкой «Добавить ходатайство…» (Ctrl+N).</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="33" />
      <source>Ruled</source>
      <translation>Решено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="35" />
      <source>Ruling</source>
      <translation>Решение суда</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/motions.py" line="29" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
  </context>
  <context>
    <name>OverviewTab</name>
    <message numerus="yes">
      <location filename="../../casefiles/ui/tabs/overview.py" line="169" />
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n день</numerusform>
        <numerusform>%n дня</numerusform>
        <numerusform>%n дней</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="61" />
      <source>Case</source>
      <translation>Дело</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="73" />
      <source>Case history…</source>
      <translation>История дела…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="85" />
      <source>Client</source>
      <translation>Доверитель</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="81" />
      <source>Clients</source>
      <translation>Доверители</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="39" />
      <source>Court</source>
      <translation>Суд</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="37" />
      <source>Court reference</source>
      <translation>Номер дела в суде</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="105" />
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="71" />
      <source>Edit case…</source>
      <translation>Изменить дело…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="75" />
      <source>Every change to the case's own fields, from the audit trail</source>
      <translation>Все изменения собственных полей дела из журнала изменений</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="40" />
      <source>Judge</source>
      <translation>Судья</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="113" />
      <source>Name</source>
      <translation>Имя / наименование</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="103" />
      <source>New party…</source>
      <translation>Новый участник…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="116" />
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="44" />
      <source>Notice flagged below</source>
      <translation>Порог срока извещения</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="104" />
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="43" />
      <source>Opened on</source>
      <translation>Принято к производству</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="100" />
      <source>Parties</source>
      <translation>Участники процесса</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="41" />
      <source>Procedure</source>
      <translation>Вид производства</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="86" />
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="42" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="45" />
      <source>Summary</source>
      <translation>Краткое изложение</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/overview.py" line="38" />
      <source>Title</source>
      <translation>Наименование</translation>
    </message>
  </context>
  <context>
    <name>PassphraseChange</name>
    <message>
      <location filename="../../casefiles/ui/passphrase_change.py" line="72" />
      <source>&amp;Current passphrase:</source>
      <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/passphrase_change.py" line="74" />
      <source>&lt;b&gt;The new passphrase&lt;/b&gt;</source>
      <translation>&lt;b&gt;Новая парольная фраза&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/passphrase_change.py" line="146" />
      <source>Automatic backups now use the new passphrase too.</source>
      <translation>Автоматические резервные копии теперь тоже открываются новой парольной фразой.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/passphrase_change.py" line="57" />
      <source>Change passphrase</source>
      <translation>Сменить парольную фразу</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/passphrase_change.py" line="163" />
      <source>Changing the passphrase…</source>
      <translation>Смена парольной фразы…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/passphrase_change.py" line="147" />
      <source>Passphrase changed</source>
      <translation>Парольная фраза изменена</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/passphrase_change.py" line="160" />
      <source>Passphrase not changed</source>
      <translation>Парольная фраза не изменена</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/passphrase_change.py" line="154" />
      <source>The current passphrase is wrong, so nothing was changed. Check the keyboard layout and Caps Lock, and try again.</source>
      <translation>Текущая парольная фраза неверна, поэтому ничего не изменено. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/passphrase_change.py" line="141" />
      <source>The passphrase was changed. From now on the case file opens only with the new one. Backups made before the change still open with the old passphrase.</source>
      <translation>Парольная фраза изменена. Теперь картотека открывается только новой фразой. Резервные копии, созданные до смены, по-прежнему открываются старой парольной фразой.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/passphrase_change.py" line="61" />
      <source>Type the passphrase you use now, then the new one twice. Backups made before the change still open with the passphrase they were made with.</source>
      <translation>Введите парольную фразу, которой пользуетесь сейчас, затем дважды новую. Резервные копии, созданные до смены, по-прежнему открываются той парольной фразой, с которой они были созданы.</translation>
    </message>
  </context>
  <context>
    <name>Pdf</name>
    <message>
      <location filename="../../casefiles/ui/pdf_actions.py" line="47" />
      <source>Case summary: {reference}</source>
      <translation>Сводка по делу: {reference}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_actions.py" line="49" />
      <source>Hearing summary: {reference}</source>
      <translation>Сводка по заседанию: {reference}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_actions.py" line="59" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_actions.py" line="87" />
      <source>Preparing the summary…</source>
      <translation>Подготовка сводки…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_actions.py" line="59" />
      <source>Save the summary</source>
      <translation>Сохранить сводку</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="114" />
      <source>&amp;Language:</source>
      <translation>&amp;Язык:</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="144" />
      <source>1 page</source>
      <translation>Страниц: 1</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="107" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="103" />
      <source>Fit width</source>
      <translation>По ширине</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="228" />
      <source>Not printed</source>
      <translation>Не напечатано</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="206" />
      <source>Not saved</source>
      <translation>Не сохранено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="181" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="187" />
      <source>Print</source>
      <translation>Печать</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="101" />
      <source>Print…</source>
      <translation>Печать…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="99" />
      <source>Save as…</source>
      <translation>Сохранить как…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="181" />
      <source>Save the PDF</source>
      <translation>Сохранить PDF</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="207" />
      <source>The PDF could not be saved to {path}: {reason}. Choose another folder.</source>
      <translation>Не удалось сохранить PDF в {path}: {reason}. Выберите другую папку.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="97" />
      <source>The language of the summary's headings and dates</source>
      <translation>Язык заголовков и дат сводки</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="229" />
      <source>The printer could not be started. Check that it is connected and try again.</source>
      <translation>Не удалось запустить печать. Проверьте, что принтер подключён, и попробуйте снова.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="105" />
      <source>Whole page</source>
      <translation>Страница целиком</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/pdf_preview.py" line="144" />
      <source>{count} pages</source>
      <translation>Страниц: {count}</translation>
    </message>
  </context>
  <context>
    <name>Preferences</name>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="138" />
      <source> backups</source>
      <translation> шт.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="129" />
      <source> hours</source>
      <translation> ч</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="88" />
      <source> min</source>
      <translation> мин</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="115" />
      <source>&amp;Choose…</source>
      <translation>&amp;Выбрать…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="125" />
      <source>&amp;Every</source>
      <translation>&amp;Каждые</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="118" />
      <source>&amp;Folder:</source>
      <translation>&amp;Папка:</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="139" />
      <source>&amp;Keep the last:</source>
      <translation>&amp;Хранить последние:</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="163" />
      <source>A backup that falls while casefiles is locked runs only if it needs no secret; otherwise you are told at the next unlock. Automatic backups open with the case file's passphrase; changing the passphrase (File › Change passphrase) makes later backups open with the new one.</source>
      <translation>Копирование, срок которого наступает, пока casefiles заблокирован, выполняется, только если ему не нужен секрет; иначе вам сообщат об этом при следующей разблокировке. Автоматические резервные копии открываются парольной фразой картотеки; после смены парольной фразы (Файл › Сменить парольную фразу) последующие копии открываются новой.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="84" />
      <source>Auto-lock</source>
      <translation>Автоблокировка</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="108" />
      <source>Automatic backups</source>
      <translation>Автоматическое резервное копирование</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="123" />
      <source>Back up:</source>
      <translation>Создавать копию:</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="143" />
      <source>Backup key:</source>
      <translation>Ключ резервных копий:</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="206" />
      <source>Choose the folder the backups go to.</source>
      <translation>Выберите папку для резервных копий.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="210" />
      <source>Choose when to back up: when casefiles quits, every few hours, or both.</source>
      <translation>Выберите, когда создавать копии: при выходе из casefiles, каждые несколько часов или в обоих случаях.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="197" />
      <source>Folder for automatic backups</source>
      <translation>Папка для автоматических резервных копий</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="208" />
      <source>Give the folder's full path.</source>
      <translation>Укажите полный путь к папке.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="102" />
      <source>Interface &amp;language:</source>
      <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="94" />
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="91" />
      <source>Lock after this long &amp;idle:</source>
      <translation>Блокировать после &amp;бездействия:</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="144" />
      <source>Make a &amp;new backup key (asks for the passphrase)</source>
      <translation>Создать &amp;новый ключ резервных копий (запросит парольную фразу)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="79" />
      <source>Preferences</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="97" />
      <source>System default</source>
      <translation>Как в системе</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="103" />
      <source>Takes effect the next time casefiles starts.</source>
      <translation>Вступит в силу при следующем запуске casefiles.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="121" />
      <source>When casefiles &amp;quits</source>
      <translation>При в&amp;ыходе из casefiles</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="114" />
      <source>for example a USB stick</source>
      <translation>например, USB-флешка</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="89" />
      <source>never</source>
      <translation>никогда</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="148" />
      <source>not set up yet: you will be asked for the case file's passphrase, which the backups will open with</source>
      <translation>ещё не создан: будет запрошена парольная фраза картотеки, которой будут открываться резервные копии</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/preferences.py" line="157" />
      <source>set up ({fingerprint}). Backups made while casefiles is locked use its public part; no passphrase is kept.</source>
      <translation>создан ({fingerprint}). Копии, создаваемые, пока casefiles заблокирован, используют его открытую часть; парольная фраза не хранится.</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../casefiles/ui/dialogs.py" line="169" />
      <source>&amp;Look in:</source>
      <translation>&amp;Папка:</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/dialogs.py" line="170" />
      <source>Files of &amp;type:</source>
      <translation>&amp;Тип файлов:</translation>
    </message>
  </context>
  <context>
    <name>RecordList</name>
    <message numerus="yes">
      <location filename="../../casefiles/ui/tabs/base.py" line="184" />
      <source>%n record(s)</source>
      <translation>
        <numerusform>%n запись</numerusform>
        <numerusform>%n записи</numerusform>
        <numerusform>%n записей</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/base.py" line="293" />
      <source>Attach file…</source>
      <translation>Приложить файл…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/base.py" line="142" />
      <source>Ctrl+N</source>
      <translation>Ctrl+N</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/base.py" line="144" />
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/base.py" line="74" />
      <source>Every change to the selected record, from the audit trail</source>
      <translation>Все изменения выбранной записи из журнала изменений</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/base.py" line="73" />
      <source>History…</source>
      <translation>История…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/base.py" line="141" />
      <source>New {record}…</source>
      <translation>Добавить {record}…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/base.py" line="106" />
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
  </context>
  <context>
    <name>RequestsTab</name>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="35" />
      <source>Answered</source>
      <translation>Дата ответа</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="27" />
      <source>Authority</source>
      <translation>Орган</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="43" />
      <source>No requests yet. Add one with “New request…” (Ctrl+N).</source>
      <translation>Запросов пока нет. Добавьте запрос кнопкой «Добавить запрос…» (Ctrl+N).</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="37" />
      <source>Reason given</source>
      <translation>Мотивы</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="29" />
      <source>Request</source>
      <translation>Запрос</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="25" />
      <source>Requested</source>
      <translation>Дата запроса</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tabs/requests.py" line="31" />
      <source>Status</source>
      <translation>Статус</translation>
    </message>
  </context>
  <context>
    <name>Session</name>
    <message>
      <location filename="../../casefiles/ui/session.py" line="181" />
      <source>Creating the case file…</source>
      <translation>Создание картотеки…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/session.py" line="216" />
      <source>Creating the demo case file…</source>
      <translation>Создание демонстрационной картотеки…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/session.py" line="158" />
      <source>Opening the case file…</source>
      <translation>Открытие картотеки…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/session.py" line="197" />
      <source>Opening the demo…</source>
      <translation>Открытие демонстрационной картотеки…</translation>
    </message>
  </context>
  <context>
    <name>Start</name>
    <message>
      <location filename="../../casefiles/ui/start.py" line="132" />
      <source>&amp;Passphrase:</source>
      <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="136" />
      <source>&amp;Repeat it:</source>
      <translation>Повторите &amp;её:</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="146" />
      <source>&lt;b&gt;Nobody can open this case file without the passphrase, and nobody can recover a forgotten one: not you, not a technician, not the authors of casefiles.&lt;/b&gt; Keep the passphrase somewhere safe, and make backups.</source>
      <translation>&lt;b&gt;Без парольной фразы эту картотеку не откроет никто, и забытую фразу не восстановит никто: ни вы, ни специалист, ни авторы casefiles.&lt;/b&gt; Храните парольную фразу в надёжном месте и делайте резервные копии.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="299" />
      <source>Case file: {path}</source>
      <translation>Картотека: {path}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="125" />
      <source>Create a new case file</source>
      <translation>Создание новой картотеки</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="163" />
      <source>Create case file</source>
      <translation>Создать картотеку</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="58" />
      <source>Fair: add another word or two.</source>
      <translation>Средне: добавьте ещё одно-два слова.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="59" />
      <source>Good.</source>
      <translation>Хорошо.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="160" />
      <source>I understand that a forgotten passphrase cannot be recovered</source>
      <translation>Я понимаю, что забытую парольную фразу восстановить невозможно</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="176" />
      <source>Just looking?</source>
      <translation>Просто хотите посмотреть?</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="302" />
      <source>Leave the demo</source>
      <translation>Закрыть демонстрацию</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="190" />
      <source>Moving to this computer?</source>
      <translation>Переходите на этот компьютер?</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="185" />
      <source>Open the demo</source>
      <translation>Открыть демонстрацию</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="302" />
      <source>Open the demo case file instead</source>
      <translation>Открыть вместо неё демонстрационную картотеку</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="273" />
      <source>Passphrase</source>
      <translation>Парольная фраза</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="200" />
      <source>Restore from a backup…</source>
      <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="193" />
      <source>Restore your case file from a casefiles backup (for example from a USB stick). You need the backup's passphrase; the restored case file then opens with its own passphrase.</source>
      <translation>Восстановите картотеку из резервной копии casefiles (например, с USB-флешки). Понадобится парольная фраза резервной копии; затем восстановленная картотека открывается своей собственной парольной фразой.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="144" />
      <source>Stored in:</source>
      <translation>Хранится в:</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="60" />
      <source>Strong.</source>
      <translation>Надёжно.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="179" />
      <source>The demo is a separate case file with fictional cases, kept beside yours. Its passphrase is &lt;b&gt;demo&lt;/b&gt;.</source>
      <translation>Демонстрация — это отдельная картотека с вымышленными делами, которая хранится рядом с вашей. Её парольная фраза — &lt;b&gt;demo&lt;/b&gt;.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="219" />
      <source>The two passphrases differ.</source>
      <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="267" />
      <source>This is the demo case file; its passphrase is &lt;b&gt;demo&lt;/b&gt;.</source>
      <translation>Это демонстрационная картотека; её парольная фраза — &lt;b&gt;demo&lt;/b&gt;.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="97" />
      <source>Too short: use at least {n} characters.</source>
      <translation>Слишком коротко: нужно не менее {n} символов.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="274" />
      <source>Unlock</source>
      <translation>Разблокировать</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="55" />
      <source>Weak: easy to guess. Use four or more unrelated words.</source>
      <translation>Слабо: легко угадать. Используйте четыре или больше не связанных между собой слов.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="115" />
      <source>Welcome to casefiles</source>
      <translation>Добро пожаловать в casefiles</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="261" />
      <source>casefiles is locked</source>
      <translation>casefiles заблокирован</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="117" />
      <source>casefiles keeps your clients, cases, hearings, motions and evidence in one encrypted case file on this computer. Nothing leaves it.</source>
      <translation>casefiles хранит ваших доверителей, дела, заседания, ходатайства и доказательства в одной зашифрованной картотеке на этом компьютере. Данные не покидают его.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/start.py" line="129" />
      <source>several unrelated words</source>
      <translation>несколько не связанных между собой слов</translation>
    </message>
  </context>
  <context>
    <name>Tasks</name>
    <message>
      <location filename="../../casefiles/ui/tasks.py" line="96" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/tasks.py" line="97" />
      <source>casefiles</source>
      <translation>casefiles</translation>
    </message>
  </context>
  <context>
    <name>Transfer</name>
    <message numerus="yes">
      <location filename="../../casefiles/ui/transfer.py" line="48" />
      <source>Attached %n file(s) to their records (stored encrypted).</source>
      <translation>
        <numerusform>Приложен %n файл к записям (хранится в зашифрованном виде).</numerusform>
        <numerusform>Приложено %n файла к записям (хранятся в зашифрованном виде).</numerusform>
        <numerusform>Приложено %n файлов к записям (хранятся в зашифрованном виде).</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="43" />
      <source>Clients: {new} new, {reused} already in this case file.</source>
      <translation>Доверители: новых {new}, уже были в картотеке {reused}.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="119" />
      <source>Encrypted export</source>
      <translation>Зашифрованный экспорт</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="85" />
      <source>Export cases</source>
      <translation>Экспорт дел</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="104" />
      <source>Export failed</source>
      <translation>Экспорт не удался</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="93" />
      <source>Export finished</source>
      <translation>Экспорт завершён</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="94" />
      <source>Exported {n} case(s) to {path}.

The file is not encrypted: keep it safe.</source>
      <translation>Экспортировано дел: {n}, файл: {path}.

Файл не зашифрован: храните его в надёжном месте.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="105" />
      <source>Exporting…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="53" />
      <source>Import cases</source>
      <translation>Импорт дел</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="62" />
      <source>Import failed</source>
      <translation>Импорт не удался</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="70" />
      <source>Import finished</source>
      <translation>Импорт завершён</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/transfer.py" line="40" />
      <source>Imported %n case(s): {references}</source>
      <translation>
        <numerusform>Импортировано %n дело: {references}</numerusform>
        <numerusform>Импортировано %n дела: {references}</numerusform>
        <numerusform>Импортировано %n дел: {references}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="77" />
      <source>Importing {name}…</source>
      <translation>Импорт {name}…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="129" />
      <source>The age identity file that opens {name}</source>
      <translation>Файл ключа age, которым открывается {name}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="68" />
      <source>The import is complete.</source>
      <translation>Импорт выполнен полностью.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="29" />
      <source>age identity file (*.txt *.key);;All files (*)</source>
      <translation>Файл ключа age (*.txt *.key);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="25" />
      <source>casefiles interchange (*.json);;All files (*)</source>
      <translation>Файл обмена casefiles (*.json);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="26" />
      <source>casefiles interchange or encrypted export (*.json *.age);;All files (*)</source>
      <translation>Файл обмена casefiles или зашифрованный экспорт (*.json *.age);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/transfer.py" line="120" />
      <source>{name} is encrypted. Type the passphrase it was exported with.</source>
      <translation>Файл {name} зашифрован. Введите парольную фразу, с которой он был экспортирован.</translation>
    </message>
  </context>
  <context>
    <name>VaultActions</name>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="195" />
      <source>An evidence item holds one file. Drop the files on empty space in the list to make one new item for each, or drop them one by one.</source>
      <translation>Одно доказательство содержит один файл. Перетащите файлы на пустое место в списке, чтобы для каждого создать новое доказательство, или перетаскивайте их по одному.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="202" />
      <source>An evidence item holds one file: add another item for another file.</source>
      <translation>К одному доказательству прилагается один файл: для другого файла добавьте ещё одно доказательство.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="381" />
      <source>Decrypting {name}…</source>
      <translation>Расшифровка {name}…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="187" />
      <source>Files are being stored</source>
      <translation>Файлы сохраняются</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="416" />
      <source>No program for this file</source>
      <translation>Нет программы для этого файла</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="293" />
      <source>Not stored</source>
      <translation>Не сохранено</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="194" />
      <source>One file per exhibit</source>
      <translation>Один файл на доказательство</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="402" />
      <source>Open anyway</source>
      <translation>Всё равно открыть</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="394" />
      <source>Open in another program?</source>
      <translation>Открыть в другой программе?</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="470" />
      <source>Remove file</source>
      <translation>Удалить файл</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="464" />
      <source>Remove the file?</source>
      <translation>Удалить файл?</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="465" />
      <source>Remove “{name}” ({size}) from this record?

The encrypted file is deleted from the case file for good: this cannot be undone. The record stays, and the audit trail keeps the file's name and SHA-256.</source>
      <translation>Удалить файл «{name}» ({size}) из этой записи?

Зашифрованный файл будет безвозвратно удалён из картотеки: это нельзя отменить. Запись остаётся, а в журнале изменений сохраняются имя файла и его SHA-256.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="67" />
      <source>Save a copy of the file</source>
      <translation>Сохранить копию файла</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="454" />
      <source>Saving a copy of {name}…</source>
      <translation>Сохранение копии {name}…</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="297" />
      <source>Stopped</source>
      <translation>Остановлено</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/vault_actions.py" line="315" />
      <source>Stored %n file(s) in the encrypted vault; last: {where}, SHA-256 {short}…</source>
      <translation>
        <numerusform>В зашифрованное хранилище сохранён %n файл; последний: {where}, SHA-256 {short}…</numerusform>
        <numerusform>В зашифрованное хранилище сохранено %n файла; последний: {where}, SHA-256 {short}…</numerusform>
        <numerusform>В зашифрованное хранилище сохранено %n файлов; последний: {where}, SHA-256 {short}…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/vault_actions.py" line="265" />
      <source>Storing %n file(s) in the encrypted vault…</source>
      <translation>
        <numerusform>Сохранение %n файла в зашифрованное хранилище…</numerusform>
        <numerusform>Сохранение %n файлов в зашифрованное хранилище…</numerusform>
        <numerusform>Сохранение %n файлов в зашифрованное хранилище…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/vault_actions.py" line="292" />
      <source>The other %n file(s) were stored.</source>
      <translation>
        <numerusform>Остальные файлы сохранены: %n.</numerusform>
        <numerusform>Остальные файлы сохранены: %n.</numerusform>
        <numerusform>Остальные файлы сохранены: %n.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="496" />
      <source>The stored file does not give back what was put in, so it is not shown. Run “casefiles verify”, and restore the case file from a backup.</source>
      <translation>Сохранённый файл не совпадает с тем, что было в него помещено, поэтому он не показан. Запустите «casefiles verify» и восстановите картотеку из резервной копии.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="495" />
      <source>The stored file is damaged</source>
      <translation>Сохранённый файл повреждён</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="417" />
      <source>The system found no program to open this kind of file. Save a copy and open it from there.</source>
      <translation>Система не нашла программу для открытия файлов этого типа. Сохраните копию и откройте её оттуда.</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="188" />
      <source>Wait until the files being stored now are in, then add these.</source>
      <translation>Дождитесь, пока сохранятся файлы, которые добавляются сейчас, затем добавьте эти.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../casefiles/ui/vault_actions.py" line="298" />
      <source>You stopped the intake. %n file(s) stored before that are kept; nothing of the file being read was stored.</source>
      <translation>
        <numerusform>Вы остановили приём файлов. %n файл, сохранённый до этого, остаётся; из файла, который читался, ничего не сохранено.</numerusform>
        <numerusform>Вы остановили приём файлов. %n файла, сохранённые до этого, остаются; из файла, который читался, ничего не сохранено.</numerusform>
        <numerusform>Вы остановили приём файлов. %n файлов, сохранённых до этого, остаются; из файла, который читался, ничего не сохранено.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="312" />
      <source>exhibit {label}</source>
      <translation>доказательство {label}</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/vault_actions.py" line="395" />
      <source>“{name}” will be decrypted into a temporary file in memory and opened in the program your system uses for it.

That program may keep its own copies outside casefiles: thumbnails, a list of recent files, autosaved versions. casefiles cannot remove those. The temporary file is deleted when casefiles locks or closes.</source>
      <translation>Файл «{name}» будет расшифрован во временный файл в памяти и открыт в программе, которую система использует для таких файлов.

Эта программа может сохранять собственные копии вне casefiles: миниатюры, список недавних файлов, автосохранённые версии. casefiles не может их удалить. Временный файл удаляется, когда casefiles блокируется или закрывается.</translation>
    </message>
  </context>
  <context>
    <name>Workspace</name>
    <message>
      <location filename="../../casefiles/ui/workspace.py" line="75" />
      <source>Calendar</source>
      <translation>Календарь</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/workspace.py" line="75" />
      <source>Clients</source>
      <translation>Доверители</translation>
    </message>
    <message>
      <location filename="../../casefiles/ui/workspace.py" line="75" />
      <source>Dashboard</source>
      <translation>Обзор</translation>
    </message>
  </context>
</TS>
