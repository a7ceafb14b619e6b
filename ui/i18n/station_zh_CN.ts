<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Languages</name>
    <message>
        <source>The {language} translation ({path}) is missing or unreadable, so the station speaks English.</source>
        <translation>{language} 翻译文件（{path}）缺失或无法读取，因此工位使用英文。</translation>
    </message>
    <message>
        <source>Ask the supervisor to reinstall the station (from a source checkout: make translations).</source>
        <translation>请主管重新安装工位（源码检出中运行：make translations）。</translation>
    </message>
</context>
<context>
    <name>OperatorMenus</name>
    <message>
        <source>&amp;Station</source>
        <translation>工位(&amp;S)</translation>
    </message>
    <message>
        <source>Provision all ready slots	F5</source>
        <translation>启动所有就绪槽位	F5</translation>
    </message>
    <message>
        <source>Abort every running slot</source>
        <translation>中止所有运行中的槽位</translation>
    </message>
    <message>
        <source>Close the station</source>
        <translation>关闭工位</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <source>Change operator…</source>
        <translation>更换操作员…</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
</context>
<context>
    <name>OperatorWindow</name>
    <message>
        <source>Provisioning Station — Operator</source>
        <translation>Provisioning Station — 操作员</translation>
    </message>
    <message>
        <source>▶ Provision ready slots (F5)</source>
        <translation>▶ 启动就绪槽位 (F5)</translation>
    </message>
    <message>
        <source>Auto-start when
a device appears</source>
        <translation>设备出现时
自动启动</translation>
    </message>
</context>
</TS>
