<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that Qt 6's qtbase_zh_CN.qm lacks (their English source
     changed, e.g. "Look in:" became "&Look in:"), so Qt's file dialogs were half
     English. Written by hand, not by lupdate (none of these are in caseapp's code);
     compile with pyside6-lrelease to qtbase_extra_zh_CN.qm. ui/app.py loads it
     after qtbase_zh_CN.qm; tests/ui/test_qt_dialogs_zh.py opens the dialogs and
     fails on any English word left. -->
<TS version="2.1" language="zh_CN">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1 File</source>
        <extracomment>%1 is a file extension</extracomment>
        <translation>%1 文件</translation>
    </message>
</context>
</TS>
