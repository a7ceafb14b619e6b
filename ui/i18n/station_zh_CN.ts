<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttemptDetailPane</name>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>Hardware serial</source>
        <translation>硬件序列号</translation>
    </message>
    <message>
        <source>Model / firmware / storage</source>
        <translation>型号 / 固件 / 存储</translation>
    </message>
    <message>
        <source>Device profile</source>
        <translation>设备配置文件</translation>
    </message>
    <message>
        <source>Slot / station</source>
        <translation>槽位 / 工位</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Target / realm</source>
        <translation>目标 / 领域</translation>
    </message>
    <message>
        <source>Pairing URL</source>
        <translation>Pairing 地址</translation>
    </message>
    <message>
        <source>Started → finished</source>
        <translation>开始 → 结束</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>错误类别</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Action shown to the operator</source>
        <translation>向操作员显示的处理方法</translation>
    </message>
    <message>
        <source>Secret fingerprint (SHA-256)</source>
        <translation>密钥指纹（SHA-256）</translation>
    </message>
    <message>
        <source>Write intents</source>
        <translation>写入意图</translation>
    </message>
    <message>
        <source>Link statistics</source>
        <translation>链路统计</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Device console (excerpt)</source>
        <translation>设备控制台（摘录）</translation>
    </message>
    <message>
        <source>Select an attempt to see its details.</source>
        <translation>选择一次尝试以查看其详细信息。</translation>
    </message>
    <message>
        <source>device not identified</source>
        <translation>设备未识别</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>未结束</translation>
    </message>
    <message>
        <source>(not identified)</source>
        <translation>（未识别）</translation>
    </message>
    <message>
        <source>(not read)</source>
        <translation>（未读取）</translation>
    </message>
    <message>
        <source>(no secret was written)</source>
        <translation>（未写入密钥）</translation>
    </message>
    <message>
        <source>(no console output recorded)</source>
        <translation>（未记录控制台输出）</translation>
    </message>
</context>
<context>
    <name>AuditEventsView</name>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Who (part of the name)</source>
        <translation>人员（姓名的一部分）</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message numerus="yes">
        <source>{count} event(s)</source>
        <translation>
            <numerusform>{count} 个事件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>made on this station for each device</source>
        <translation>本工位为每台设备生成</translation>
    </message>
    <message>
        <source>fetched for each device</source>
        <translation>为每台设备获取</translation>
    </message>
    <message>
        <source>issued token</source>
        <translation>已签发的令牌</translation>
    </message>
    <message>
        <source>ask a supervisor to set a new token (Roles → Targets and keys) before this one runs out.</source>
        <translation>请主管在此令牌过期前设置新令牌（角色 → 目标和密钥）。</translation>
    </message>
    <message>
        <source>ask a supervisor to check this target&apos;s token (Roles → Targets and keys); nothing can be provisioned until then.</source>
        <translation>请主管检查此目标的令牌（角色 → 目标和密钥）；在此之前无法配置任何设备。</translation>
    </message>
    <message>
        <source>call the supervisor: the central database does not answer, so no device can be registered now.</source>
        <translation>请呼叫主管：中央数据库无响应，现在无法注册任何设备。</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>expires in under a minute</source>
        <translation>不到一分钟后过期</translation>
    </message>
    <message>
        <source>expires in {minutes} min</source>
        <translation>{minutes} 分钟后过期</translation>
    </message>
    <message>
        <source>expires in {hours} h {minutes} min</source>
        <translation>{hours} 小时 {minutes} 分钟后过期</translation>
    </message>
    <message>
        <source>Target: loading…</source>
        <translation>目标：加载中…</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>操作员：{name}</translation>
    </message>
    <message>
        <source>Target: {name}  ·  realm {realm}</source>
        <translation>目标：{name}  ·  领域 {realm}</translation>
    </message>
    <message>
        <source>Pairing URL: {url}</source>
        <translation>Pairing 地址：{url}</translation>
    </message>
    <message>
        <source>Target: not available</source>
        <translation>目标：不可用</translation>
    </message>
    <message>
        <source>Token: {kind}</source>
        <translation>令牌：{kind}</translation>
    </message>
    <message>
        <source>{token}, {time_left}</source>
        <translation>{token}，{time_left}</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>✗ Token unusable: {reason} What to do: {action}</source>
        <translation>✗ 令牌不可用：{reason} 处理方法：{action}</translation>
    </message>
    <message>
        <source>⚠ {token}. What to do: {action}</source>
        <translation>⚠ {token}。处理方法：{action}</translation>
    </message>
    <message>
        <source>Pairing answers ({detail}), but no token can be made for the target.</source>
        <translation>Pairing 有响应（{detail}），但无法为该目标生成令牌。</translation>
    </message>
    <message>
        <source>✗ {fleet}. What to do: {action}</source>
        <translation>✗ {fleet}。处理方法：{action}</translation>
    </message>
</context>
<context>
    <name>ClosePrompt</name>
    <message>
        <source>Closing aborts them safely: each attempt is finished in the journal, and a device that was being written is checked the next time it is loaded. Close anyway?</source>
        <translation>关闭会安全地中止它们：每次尝试都会在日志中结束，正在写入的设备会在下次装入时检查。仍要关闭吗？</translation>
    </message>
    <message>
        <source>1 slot is still provisioning.</source>
        <translation>还有 1 个槽位正在配置。</translation>
    </message>
    <message>
        <source>{count} slots are still provisioning.</source>
        <translation>还有 {count} 个槽位正在配置。</translation>
    </message>
    <message>
        <source>Every slot has finished. Close now?</source>
        <translation>所有槽位都已完成。现在关闭吗？</translation>
    </message>
    <message>
        <source>Slots are still working</source>
        <translation>槽位仍在工作</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>继续工作</translation>
    </message>
    <message>
        <source>Abort and close</source>
        <translation>中止并关闭</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ConnectionTestPanel</name>
    <message>
        <source>{fields} is not valid (see the form)</source>
        <translation>{fields} 无效（见表单）</translation>
    </message>
    <message>
        <source>{fields} are not valid (see the form)</source>
        <translation>{fields} 无效（见表单）</translation>
    </message>
    <message>
        <source>Test connection (registers nothing)</source>
        <translation>测试连接（不注册任何设备）</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>The form changed since the last test: test again.</source>
        <translation>自上次测试后表单已更改：请重新测试。</translation>
    </message>
    <message>
        <source>Test connection not run: {reason}</source>
        <translation>未运行连接测试：{reason}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>The form changed during the test: test again.</source>
        <translation>测试期间表单已更改：请重新测试。</translation>
    </message>
    <message>
        <source>Test connection: the form changed during the test.</source>
        <translation>测试连接：测试期间表单已更改。</translation>
    </message>
    <message>
        <source>Test connection: ran {ran} of {total} checks; the others need the settings marked in the form.</source>
        <translation>测试连接：已运行 {ran} / {total} 项检查；其余检查需要表单中标出的设置。</translation>
    </message>
    <message>
        <source>Test connection: every check passed.</source>
        <translation>测试连接：所有检查均已通过。</translation>
    </message>
    <message>
        <source>Test connection: see the failed checks and what to do.</source>
        <translation>测试连接：请查看失败的检查及处理方法。</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>正在测试连接</translation>
    </message>
</context>
<context>
    <name>CountersView</name>
    <message>
        <source>✓ Passed</source>
        <translation>✓ 通过</translation>
    </message>
    <message>
        <source>✗ Failed</source>
        <translation>✗ 失败</translation>
    </message>
    <message>
        <source>⚠ Scrap</source>
        <translation>⚠ 报废</translation>
    </message>
    <message>
        <source>Units / active hour</source>
        <translation>台 / 有效小时</translation>
    </message>
    <message>
        <source>First-pass yield</source>
        <translation>一次通过率</translation>
    </message>
    <message>
        <source>Passed units per hour over {minutes} min of active production (breaks of 10 minutes or more left out).</source>
        <translation>{minutes} 分钟有效生产内每小时通过的台数（不计 10 分钟及以上的休息）。</translation>
    </message>
</context>
<context>
    <name>CredentialsPanel</name>
    <message>
        <source>Save the target first, then import its key or token.</source>
        <translation>请先保存目标，再导入其密钥或令牌。</translation>
    </message>
    <message>
        <source>Credentials (OS keyring; never shown)</source>
        <translation>凭据（系统密钥环；从不显示）</translation>
    </message>
    <message>
        <source>Import realm key from file…</source>
        <translation>从文件导入领域密钥…</translation>
    </message>
    <message>
        <source>Paste issued token…</source>
        <translation>粘贴已签发的令牌…</translation>
    </message>
    <message>
        <source>Issued token from file…</source>
        <translation>从文件读取已签发的令牌…</translation>
    </message>
    <message>
        <source>Reading the keyring…</source>
        <translation>正在读取密钥环…</translation>
    </message>
    <message>
        <source>Save the target first, then import its key.</source>
        <translation>请先保存目标，再导入其密钥。</translation>
    </message>
    <message>
        <source>Imported the realm key of {target!r} into the OS keyring ({key!r}). {path} was only read; delete it if it was a transfer copy.</source>
        <translation>已将 {target!r} 的领域密钥导入系统密钥环（{key!r}）。{path} 仅被读取；如果它是传输副本，请将其删除。</translation>
    </message>
    <message>
        <source>Importing the key</source>
        <translation>正在导入密钥</translation>
    </message>
    <message>
        <source>Save the target first, then set its token.</source>
        <translation>请先保存目标，再设置其令牌。</translation>
    </message>
    <message>
        <source>Stored an issued token for {target!r} in the OS keyring.</source>
        <translation>已将 {target!r} 的已签发令牌存入系统密钥环。</translation>
    </message>
    <message>
        <source>Storing the token</source>
        <translation>正在存储令牌</translation>
    </message>
    <message>
        <source>Realm private key (PEM)</source>
        <translation>领域私钥（PEM）</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Issued token file</source>
        <translation>已签发令牌文件</translation>
    </message>
</context>
<context>
    <name>DetailPopup</name>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>EngineMessage</name>
    <message>
        <source>Leave the device in the slot and provision it again: the station reads what was stored before doing anything else.</source>
        <translation>将设备留在槽位中并重新配置：工位会先读取已存储的内容。</translation>
    </message>
    <message>
        <source>Set the device aside for a firmware check.</source>
        <translation>将设备放到一边，进行固件检查。</translation>
    </message>
    <message>
        <source>Provision the device in slot {slot} again when ready.</source>
        <translation>准备好后重新配置槽位 {slot} 中的设备。</translation>
    </message>
    <message>
        <source>Stopped by the operator</source>
        <translation>已被操作员停止</translation>
    </message>
    <message>
        <source>Provision the device in slot {slot} again when ready: the station resumes at the cloud check without registering it again.</source>
        <translation>准备好后重新配置槽位 {slot} 中的设备：工位从云端检查处继续，不会再次注册。</translation>
    </message>
    <message>
        <source>The station is shutting down.</source>
        <translation>工位正在关闭。</translation>
    </message>
    <message>
        <source>The station is shutting down</source>
        <translation>工位正在关闭</translation>
    </message>
    <message>
        <source>Stopped by the operator at &apos;{step}&apos;.</source>
        <translation>已被操作员在“{step}”时停止。</translation>
    </message>
    <message>
        <source>Stopped by the operator at &apos;{step}&apos;. {reason}</source>
        <translation>已被操作员在“{step}”时停止。{reason}</translation>
    </message>
    <message>
        <source>{reason} The write in progress was allowed to finish, then the station stopped. {held}</source>
        <translation>{reason} 正在进行的写入被允许完成，然后工位停止。{held}</translation>
    </message>
    <message>
        <source>The device was read back: its storage holds the secret this attempt recorded (the digest matches the journal&apos;s intent).</source>
        <translation>已回读设备：其存储中保存的是本次尝试记录的密钥（摘要与日志中的意图一致）。</translation>
    </message>
    <message>
        <source>Device {device} in slot {slot} is already provisioned and locked ({reason})</source>
        <translation>槽位 {slot} 中的设备 {device} 已配置并锁定（{reason}）</translation>
    </message>
    <message>
        <source>Astarte no longer accepts the secret in the write-once storage of device {device} in slot {slot}; it can never hold a working one.</source>
        <translation>Astarte 不再接受槽位 {slot} 中设备 {device} 一次性写入存储中的密钥；它永远无法保存可用的密钥。</translation>
    </message>
    <message>
        <source>Astarte rejected the secret just written to the write-once storage of device {device} in slot {slot} (it was registered again elsewhere meanwhile).</source>
        <translation>Astarte 拒绝了刚写入槽位 {slot} 中设备 {device} 一次性写入存储的密钥（其间已在别处重新注册）。</translation>
    </message>
    <message>
        <source>Provisioned.</source>
        <translation>已配置。</translation>
    </message>
    <message>
        <source>Device {device} in slot {slot}: {reason}</source>
        <translation>槽位 {slot} 中的设备 {device}：{reason}</translation>
    </message>
    <message>
        <source>Take the device out of slot {slot} and put it in the SCRAP bin; it was not registered.</source>
        <translation>将设备从槽位 {slot} 取出，放入报废箱；该设备未注册。</translation>
    </message>
    <message>
        <source>Astarte rejected the secret just written to device {device} in slot {slot} (it was registered again elsewhere meanwhile).</source>
        <translation>Astarte 拒绝了刚写入槽位 {slot} 中设备 {device} 的密钥（其间已在别处重新注册）。</translation>
    </message>
    <message>
        <source>Astarte reports device {device} (slot {slot}) as already confirmed: its secret has been used to obtain a certificate.</source>
        <translation>Astarte 报告设备 {device}（槽位 {slot}）已确认：其密钥已被用于获取证书。</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside for the supervisor (rework).</source>
        <translation>将槽位 {slot} 中的设备放到一边交给主管（返工）。</translation>
    </message>
    <message>
        <source>Astarte reports device {device} (slot {slot}) as {status}.</source>
        <translation>Astarte 报告设备 {device}（槽位 {slot}）的状态为 {status}。</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside for the supervisor.</source>
        <translation>将槽位 {slot} 中的设备放到一边交给主管。</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside for a firmware check.</source>
        <translation>将槽位 {slot} 中的设备放到一边，进行固件检查。</translation>
    </message>
    <message>
        <source>The device in slot {slot} changed its identity during the attempt: its {what} was {before}, now {after}.</source>
        <translation>槽位 {slot} 中的设备在尝试过程中改变了身份：其{what}原为 {before}，现为 {after}。</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside for a firmware check; if it was swapped during the attempt, provision the device in the slot again.</source>
        <translation>将槽位 {slot} 中的设备放到一边进行固件检查；如果尝试过程中更换了设备，请重新配置槽位中的设备。</translation>
    </message>
    <message>
        <source>The {command} to the device in slot {slot} may or may not have completed ({unknown}), and the device no longer answers ({last}).</source>
        <translation>对槽位 {slot} 中设备的“{command}”可能已完成也可能未完成（{unknown}），且设备已不再应答（{last}）。</translation>
    </message>
    <message>
        <source>After the write, the device in slot {slot} reports {state} storage with a digest that is not the secret just written.</source>
        <translation>写入后，槽位 {slot} 中的设备报告存储状态为 {state}，其摘要与刚写入的密钥不符。</translation>
    </message>
    <message>
        <source>Leave the device in slot {slot} and provision it again: the station reads what was stored before doing anything else.</source>
        <translation>将设备留在槽位 {slot} 中并重新配置：工位会先读取已存储的内容。</translation>
    </message>
    <message>
        <source>Reseat the device in slot {slot} and provision it again: the station reads what was stored before doing anything else.</source>
        <translation>重新插好槽位 {slot} 中的设备并重新配置：工位会先读取已存储的内容。</translation>
    </message>
    <message>
        <source>The device in slot {slot} revealed a secret that does not match the digest it reports.</source>
        <translation>槽位 {slot} 中的设备透露的密钥与其报告的摘要不符。</translation>
    </message>
    <message>
        <source>Leave the device in slot {slot} and provision it again: the station decides from what was stored.</source>
        <translation>将设备留在槽位 {slot} 中并重新配置：工位根据已存储的内容决定。</translation>
    </message>
    <message>
        <source>The write to the device in slot {slot} was interrupted and its storage holds a secret other than the one just written.</source>
        <translation>对槽位 {slot} 中设备的写入被中断，其存储中的密钥不是刚写入的那个。</translation>
    </message>
    <message>
        <source>The write to the device in slot {slot} was interrupted and its storage is now {state}.</source>
        <translation>对槽位 {slot} 中设备的写入被中断，其存储现在为 {state}。</translation>
    </message>
    <message>
        <source>Slot {slot}: the label of {unit} checks out.</source>
        <translation>槽位 {slot}：{unit} 的标签核对无误。</translation>
    </message>
    <message>
        <source>Slot {slot}: the label scanned is of another unit (device {scanned}), not of {unit} (device {device}).</source>
        <translation>槽位 {slot}：扫描的标签属于另一台设备（设备 {scanned}），而不是 {unit}（设备 {device}）。</translation>
    </message>
    <message>
        <source>The scanned label is of device {device}, which no slot here waits for (waiting: {waiting}).</source>
        <translation>扫描的标签属于设备 {device}，此处没有槽位在等待它（等待中：{waiting}）。</translation>
    </message>
    <message>
        <source>Take that label off the unit it is on. Put each unit&apos;s own label on it (Line → Reprint label, slot N) and scan it again.</source>
        <translation>把该标签从所贴的设备上取下。给每台设备贴上自己的标签（产线 → 重新打印标签，槽位 N），然后重新扫描。</translation>
    </message>
    <message>
        <source>Provisioned; its label checks out.</source>
        <translation>已配置；其标签核对无误。</translation>
    </message>
    <message>
        <source>{action} Slots {slots} wait for their labels: select the slot first (scan its SLOT: label or press its number), then scan its unit&apos;s label.</source>
        <translation>{action} 槽位 {slots} 正在等待各自的标签：请先选择槽位（扫描其 SLOT: 标签或按其编号），再扫描该槽位设备的标签。</translation>
    </message>
    <message>
        <source>Slot {slot}: the new label of {unit} checks out. The journal keeps the attempt&apos;s FAIL and this check after it.</source>
        <translation>槽位 {slot}：{unit} 的新标签核对无误。日志保留该尝试的失败记录以及其后的这次核对。</translation>
    </message>
    <message>
        <source>Relabel: reprint with Line → Reprint label, slot {slot}, then scan it.</source>
        <translation>重新贴标签：用 产线 → 重新打印标签，选槽位 {slot} 重新打印，然后扫描。</translation>
    </message>
    <message>
        <source>Scan the label on {unit} in slot {slot}.</source>
        <translation>扫描槽位 {slot} 中 {unit} 上的标签。</translation>
    </message>
    <message>
        <source>Slot {slot}: {unit} was provisioned, but it was stopped before its label was scanned back ({reason}).</source>
        <translation>槽位 {slot}：{unit} 已配置，但在回扫其标签前被停止（{reason}）。</translation>
    </message>
    <message>
        <source>Slot {slot}: {unit} was provisioned, but its label was not scanned back within {timeout_s} s, so it is not checked.</source>
        <translation>槽位 {slot}：{unit} 已配置，但其标签未在 {timeout_s} 秒内回扫，因此未经核对。</translation>
    </message>
    <message>
        <source>Slot {slot}: the label scanned for {unit} does not read. {reason}</source>
        <translation>槽位 {slot}：为 {unit} 扫描的标签无法读取。{reason}</translation>
    </message>
    <message>
        <source>Provisioned; waiting for its label to be scanned back.</source>
        <translation>已配置；正在等待回扫其标签。</translation>
    </message>
    <message>
        <source>The device holds a record for this device and realm that the journal does not know; checking whether Astarte accepts it.</source>
        <translation>设备中有一条日志不知道的、针对此设备和领域的记录；正在检查 Astarte 是否接受它。</translation>
    </message>
    <message>
        <source>Storage is empty.</source>
        <translation>存储为空。</translation>
    </message>
    <message>
        <source>An earlier attempt registered this device but nothing reached its storage; registering again (only the newest secret counts while the device is pending).</source>
        <translation>之前的尝试已注册此设备，但没有内容写入其存储；正在重新注册（设备待定期间只有最新的密钥有效）。</translation>
    </message>
    <message>
        <source>The device is locked with credentials this station did not record for it.</source>
        <translation>该设备已用本工位未为其记录的凭据锁定。</translation>
    </message>
    <message>
        <source>the device is locked with credentials this station did not record for it.</source>
        <translation>该设备已用本工位未为其记录的凭据锁定。</translation>
    </message>
    <message>
        <source>The device passed here before and is locked.</source>
        <translation>该设备此前已在此通过并已锁定。</translation>
    </message>
    <message>
        <source>the device passed here before and is locked.</source>
        <translation>该设备此前已在此通过并已锁定。</translation>
    </message>
    <message>
        <source>An interrupted attempt wrote, verified and locked this device; the stored digest matches the journal&apos;s intent.</source>
        <translation>一次中断的尝试已写入、验证并锁定此设备；存储的摘要与日志中的意图一致。</translation>
    </message>
    <message>
        <source>The device holds the secret this station recorded last; resuming at the cloud check.</source>
        <translation>设备中保存的是本工位最后记录的密钥；从云端检查处继续。</translation>
    </message>
    <message>
        <source>Rewritable storage holds a record that is not this station&apos;s latest; registering again and rewriting it.</source>
        <translation>可重写存储中的记录不是本工位最新的；正在重新注册并重写。</translation>
    </message>
    <message>
        <source>Rewritable storage holds a partial record; registering again and rewriting it.</source>
        <translation>可重写存储中有不完整的记录；正在重新注册并重写。</translation>
    </message>
    <message>
        <source>Write-once storage holds a record that is not this station&apos;s latest secret for this device and realm; it can never hold a working one.</source>
        <translation>一次性写入存储中的记录不是本工位针对此设备和领域的最新密钥；它永远无法保存可用的密钥。</translation>
    </message>
    <message>
        <source>Write-once storage holds a partial record (power was lost while programming).</source>
        <translation>一次性写入存储中有不完整的记录（编程时断电）。</translation>
    </message>
    <message>
        <source>{cause} This line&apos;s MES is advisory: the unit goes on and its result is queued for the MES.</source>
        <translation>{cause} 本产线的 MES 仅供参考：设备继续进行，其结果已排队等待发送给 MES。</translation>
    </message>
    <message>
        <source>The MES allows this unit here.</source>
        <translation>MES 允许此设备在此处进行。</translation>
    </message>
    <message>
        <source>The MES holds this unit: {reason}</source>
        <translation>MES 扣留了此设备：{reason}</translation>
    </message>
    <message>
        <source>{url} is not an MES facade URL.</source>
        <translation>{url} 不是 MES 门面接口 URL。</translation>
    </message>
    <message>
        <source>Write it as https://&lt;mes-host&gt;/&lt;path&gt;, the base the plant&apos;s facade serves /route/check and /route/result under.</source>
        <translation>请写成 https://&lt;mes-host&gt;/&lt;path&gt;，即工厂门面接口提供 /route/check 和 /route/result 的基础地址。</translation>
    </message>
    <message numerus="yes">
        <source>%n results wait for the MES, kept in the journal. {cause}</source>
        <translation>
            <numerusform>%n 个结果正在等待 MES，已保存在日志中。{cause}</numerusform>
        </translation>
    </message>
    <message>
        <source>Device ID {shown} contains characters outside base64url: {bad}.</source>
        <translation>设备 ID {shown} 包含 base64url 以外的字符：{bad}。</translation>
    </message>
    <message>
        <source>Device ID {shown} contains characters outside base64url: {bad} (&apos;+&apos; and &apos;/&apos; are standard base64, not base64url).</source>
        <translation>设备 ID {shown} 包含 base64url 以外的字符：{bad}（&apos;+&apos; 和 &apos;/&apos; 属于标准 base64，而不是 base64url）。</translation>
    </message>
    <message>
        <source>Use the canonical form: 22 characters of base64url (A-Z a-z 0-9 - _) without &apos;=&apos; padding, as `station` and astartectl print it.</source>
        <translation>请使用规范形式：22 个 base64url 字符（A-Z a-z 0-9 - _），不带 &apos;=&apos; 填充，与 `station` 和 astartectl 输出的一致。</translation>
    </message>
    <message>
        <source>The device ID is empty.</source>
        <translation>设备 ID 为空。</translation>
    </message>
    <message>
        <source>Device ID {shown} has {n} characters. Pairing would register it under its first 16 bytes only, the same device as {same}, so the longer form aliases another id.</source>
        <translation>设备 ID {shown} 有 {n} 个字符。Pairing 只会按其前 16 字节注册它，即与 {same} 相同的设备，因此较长的形式是另一个 ID 的别名。</translation>
    </message>
    <message>
        <source>Device ID {shown} is not canonical: its last character carries bits beyond the 16 bytes, which Pairing ignores, so it is the same device as {same}.</source>
        <translation>设备 ID {shown} 不是规范形式：其最后一个字符带有超出 16 字节的位，Pairing 会忽略这些位，因此它与 {same} 是同一设备。</translation>
    </message>
    <message>
        <source>A device ID must be text, not {kind}.</source>
        <translation>设备 ID 必须是文本，而不是 {kind}。</translation>
    </message>
    <message>
        <source>{value} is not a UUID.</source>
        <translation>{value} 不是 UUID。</translation>
    </message>
    <message>
        <source>Device ID {shown} has &apos;=&apos; padding. Pairing would accept it as the same device as {core}, so the padded spelling would create a second name for one device.</source>
        <translation>设备 ID {shown} 带有 &apos;=&apos; 填充。Pairing 会把它当作与 {core} 相同的设备，因此带填充的写法会给同一设备造成第二个名称。</translation>
    </message>
    <message>
        <source>Use {device}.</source>
        <translation>请使用 {device}。</translation>
    </message>
    <message>
        <source>Give a UUID such as d93067fa-3344-4aeb-876a-6136668d5a9c.</source>
        <translation>请给出 UUID，例如 d93067fa-3344-4aeb-876a-6136668d5a9c。</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} is not in its serial bootloader ({detail}).</source>
        <translation>槽位 {slot} 中的 ESP32 不在串口引导程序模式（{detail}）。</translation>
    </message>
    <message>
        <source>Reseat the unit in slot {slot}, hold BOOT (GPIO0 low) while the station resets the board, or check the jig&apos;s GPIO0 strap and the DTR/RTS wiring; then start again.</source>
        <translation>重新插好槽位 {slot} 中的设备，在工位复位电路板时按住 BOOT（GPIO0 拉低），或检查夹具的 GPIO0 跳线和 DTR/RTS 接线；然后重新开始。</translation>
    </message>
    <message>
        <source>Reseat the unit in slot {slot}, check the jig&apos;s GPIO0 strap and the board&apos;s power; then start again.</source>
        <translation>重新插好槽位 {slot} 中的设备，检查夹具的 GPIO0 跳线和电路板供电；然后重新开始。</translation>
    </message>
    <message>
        <source>Set the unit from slot {slot} aside and tell the line&apos;s engineer which chip it carries.</source>
        <translation>将槽位 {slot} 中的设备放到一边，并告知产线工程师它使用的芯片。</translation>
    </message>
    <message>
        <source>The chip in slot {slot} is not one esptool knows ({detail}).</source>
        <translation>槽位 {slot} 中的芯片不是 esptool 能识别的（{detail}）。</translation>
    </message>
    <message>
        <source>The chip in slot {slot} is an {chip}; the Astarte ESP32 SDK&apos;s hardware-ID rule is matched for {known} only.</source>
        <translation>槽位 {slot} 中的芯片是 {chip}；Astarte ESP32 SDK 的硬件 ID 规则只适用于 {known}。</translation>
    </message>
    <message>
        <source>reading the chip</source>
        <translation>读取芯片</translation>
    </message>
    <message>
        <source>reading the NVS partition</source>
        <translation>读取 NVS 分区</translation>
    </message>
    <message>
        <source>reading the partition table</source>
        <translation>读取分区表</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>resetting into the application</source>
        <translation>复位进入应用程序</translation>
    </message>
    <message>
        <source>Flash encryption is enabled on the ESP32 in slot {slot}: a plaintext write would garble the encrypted flash and a read-back returns ciphertext.</source>
        <translation>槽位 {slot} 中的 ESP32 已启用闪存加密：明文写入会破坏加密闪存，回读得到的是密文。</translation>
    </message>
    <message>
        <source>Set the unit from slot {slot} aside; provision units before flash encryption is enabled, or use NVS encryption keys outside the station (docs/esp32.md).</source>
        <translation>将槽位 {slot} 中的设备放到一边；请在启用闪存加密前配置设备，或在工位之外使用 NVS 加密密钥（docs/esp32.md）。</translation>
    </message>
    <message>
        <source>Set the unit from slot {slot} aside for QA.</source>
        <translation>将槽位 {slot} 中的设备放到一边交给质检。</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} disappeared ({detail}).</source>
        <translation>槽位 {slot} 中的 ESP32 已消失（{detail}）。</translation>
    </message>
    <message>
        <source>Reseat the unit and its cable in slot {slot}, then start again.</source>
        <translation>重新插好槽位 {slot} 中的设备及其线缆，然后重新开始。</translation>
    </message>
    <message>
        <source>The serial line to the ESP32 in slot {slot} failed ({detail}).</source>
        <translation>与槽位 {slot} 中 ESP32 的串行线路出错（{detail}）。</translation>
    </message>
    <message>
        <source>The flash of the ESP32 in slot {slot} does not hold what was written (its MD5 differs).</source>
        <translation>槽位 {slot} 中 ESP32 的闪存内容与写入的不一致（MD5 不同）。</translation>
    </message>
    <message>
        <source>The station reads the partition back and decides; if it happens again, set the unit from slot {slot} aside (flash or power fault).</source>
        <translation>工位会回读该分区并作出判断；如果再次发生，请将槽位 {slot} 中的设备放到一边（闪存或电源故障）。</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} has no NVS partition labelled {label} (its partitions: {labels}).</source>
        <translation>槽位 {slot} 中的 ESP32 没有标记为 {label} 的 NVS 分区（其分区：{labels}）。</translation>
    </message>
    <message>
        <source>Set nvs_partition to the label the firmware passes to astarte_credentials_use_nvs_storage(), or flash firmware with that partition (docs/esp32.md).</source>
        <translation>请将 nvs_partition 设为固件传给 astarte_credentials_use_nvs_storage() 的标签，或烧录带有该分区的固件（docs/esp32.md）。</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} has no partition table at {offset}: its firmware has not been flashed, or the table sits elsewhere.</source>
        <translation>槽位 {slot} 中的 ESP32 在 {offset} 处没有分区表：其固件尚未烧录，或分区表在别处。</translation>
    </message>
    <message>
        <source>Flash the production firmware (bootloader, partition table, application) first, or set partition_table_offset to CONFIG_PARTITION_TABLE_OFFSET.</source>
        <translation>请先烧录量产固件（引导程序、分区表、应用程序），或将 partition_table_offset 设为 CONFIG_PARTITION_TABLE_OFFSET。</translation>
    </message>
    <message>
        <source>The NVS partition {label} of the ESP32 in slot {slot} cannot be rewritten without losing data: {detail}.</source>
        <translation>槽位 {slot} 中 ESP32 的 NVS 分区 {label} 无法在不丢失数据的情况下重写：{detail}。</translation>
    </message>
    <message>
        <source>Nothing was written. Give Astarte its own NVS partition (docs/esp32.md, &apos;Partition layout&apos;) or erase this one on a rework bench, then provision again.</source>
        <translation>未写入任何内容。请给 Astarte 单独的 NVS 分区（docs/esp32.md，&apos;Partition layout&apos;），或在返工台上擦除此分区，然后重新配置。</translation>
    </message>
    <message>
        <source>The NVS partition {label} in slot {slot} is marked encrypted.</source>
        <translation>槽位 {slot} 中的 NVS 分区 {label} 被标记为加密。</translation>
    </message>
    <message>
        <source>Provision this line with NVS encryption keys outside the station; the station writes plaintext NVS only (docs/esp32.md).</source>
        <translation>请在工位之外用 NVS 加密密钥配置这条产线；本工位只写明文 NVS（docs/esp32.md）。</translation>
    </message>
    <message>
        <source>The NVS partition {label} of the ESP32 in slot {slot} is {size} bytes; NVS needs at least 0x3000 in whole 4 KiB pages.</source>
        <translation>槽位 {slot} 中 ESP32 的 NVS 分区 {label} 大小为 {size} 字节；NVS 至少需要 0x3000，且须为整 4 KiB 页。</translation>
    </message>
    <message>
        <source>Flash firmware whose partition table gives NVS at least 0x3000 bytes (the SDK examples use 0x6000).</source>
        <translation>请烧录分区表给 NVS 至少 0x3000 字节的固件（SDK 示例使用 0x6000）。</translation>
    </message>
    <message>
        <source>The port of slot {slot} ({port}) is held by another program.</source>
        <translation>槽位 {slot} 的端口（{port}）被其他程序占用。</translation>
    </message>
    <message>
        <source>Close the other program (a serial monitor?) and start again.</source>
        <translation>关闭其他程序（串口监视器？），然后重新开始。</translation>
    </message>
    <message>
        <source>The port of slot {slot} ({port}) could not be opened: {detail}</source>
        <translation>无法打开槽位 {slot} 的端口（{port}）：{detail}</translation>
    </message>
    <message>
        <source>Close any other program using it (a serial monitor?) and start again.</source>
        <translation>关闭正在使用它的其他程序（串口监视器？），然后重新开始。</translation>
    </message>
    <message>
        <source>Set the unit from slot {slot} aside for reflashing its firmware.</source>
        <translation>将槽位 {slot} 中的设备放到一边，重新烧录其固件。</translation>
    </message>
    <message>
        <source>Reseat the unit in slot {slot} and start again.</source>
        <translation>重新插好槽位 {slot} 中的设备，然后重新开始。</translation>
    </message>
    <message>
        <source>The NVS partition of the ESP32 in slot {slot} holds {count} credentials secrets; exactly one was expected.</source>
        <translation>槽位 {slot} 中 ESP32 的 NVS 分区有 {count} 个凭据密钥；应恰好为一个。</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} is in secure download mode: its bootloader refuses flash reads and MD5 checks, so the station cannot verify a write.</source>
        <translation>槽位 {slot} 中的 ESP32 处于安全下载模式：其引导程序拒绝闪存读取和 MD5 校验，因此工位无法验证写入。</translation>
    </message>
    <message>
        <source>Set the unit from slot {slot} aside: units for this line must be provisioned before secure download mode is enabled (docs/esp32.md).</source>
        <translation>将槽位 {slot} 中的设备放到一边：本产线的设备必须在启用安全下载模式之前配置（docs/esp32.md）。</translation>
    </message>
    <message>
        <source>The ESP32 in slot {slot} stopped answering while {doing} ({detail}).</source>
        <translation>槽位 {slot} 中的 ESP32 在{doing}时停止应答（{detail}）。</translation>
    </message>
    <message>
        <source>The partition table of the ESP32 in slot {slot} at {offset} is corrupt ({detail}).</source>
        <translation>槽位 {slot} 中 ESP32 在 {offset} 处的分区表已损坏（{detail}）。</translation>
    </message>
    <message>
        <source>The NVS write to the ESP32 in slot {slot} was cut off ({detail}): part of the partition may be written.</source>
        <translation>对槽位 {slot} 中 ESP32 的 NVS 写入被中断（{detail}）：分区可能已被部分写入。</translation>
    </message>
    <message>
        <source>Keep the unit in its slot: the station reads the partition back and decides from what is there. If the unit was unplugged, reseat it and provision it again.</source>
        <translation>将设备留在槽位中：工位会回读该分区并根据内容作出判断。如果设备被拔出，请重新插好并重新配置。</translation>
    </message>
    <message numerus="yes">
        <source>secret digest of %n bytes (expected 32)</source>
        <translation>
            <numerusform>密钥摘要为 %n 字节（应为 32）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hardware id of %n bytes (expected 4 to 64)</source>
        <translation>
            <numerusform>硬件 ID 为 %n 字节（应为 4 到 64）</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleet: backlog {backlog}</source>
        <translation>机群：积压 {backlog}</translation>
    </message>
    <message>
        <source>{headline} · new registrations blocked</source>
        <translation>{headline} · 已阻止新注册</translation>
    </message>
    <message>
        <source>Fleet: connecting…</source>
        <translation>机群：正在连接…</translation>
    </message>
    <message>
        <source>Fleet: shipping stopped, backlog {backlog}</source>
        <translation>机群：上传已停止，积压 {backlog}</translation>
    </message>
    <message>
        <source>Fleet: live</source>
        <translation>机群：在线</translation>
    </message>
    <message>
        <source>Fleet: offline, backlog {backlog}</source>
        <translation>机群：离线，积压 {backlog}</translation>
    </message>
    <message>
        <source>{headline} · offline lot {lot}</source>
        <translation>{headline} · 离线批次 {lot}</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Realm &apos;{realm}&apos; exists and accepts this target&apos;s token for registering devices (the test registered nothing).</source>
        <translation>Realm &apos;{realm}&apos; 存在，并接受此目标的令牌用于注册设备（测试未注册任何设备）。</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>{kind}: {detail}.</source>
        <translation>{kind}：{detail}。</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <source>Pairing at {url} reports healthy.</source>
        <translation>{url} 上的 Pairing 报告状态正常。</translation>
    </message>
    <message>
        <source>Pairing at {url} answers but reports itself unhealthy (503).</source>
        <translation>{url} 上的 Pairing 有应答，但报告自身状态异常（503）。</translation>
    </message>
    <message>
        <source>Astarte is starting or one of its services is down; try again in a minute and tell the Astarte operator if it persists.</source>
        <translation>Astarte 正在启动或其某个服务已停止；请一分钟后重试，如果问题持续，请告知 Astarte 运维人员。</translation>
    </message>
    <message>
        <source>Issued token</source>
        <translation>已签发令牌</translation>
    </message>
    <message>
        <source>Realm key</source>
        <translation>Realm 密钥</translation>
    </message>
    <message>
        <source>Token command</source>
        <translation>令牌命令</translation>
    </message>
    <message>
        <source>Not run: {why}</source>
        <translation>未运行：{why}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Astarte Pairing version {version}.</source>
        <translation>Astarte Pairing 版本 {version}。</translation>
    </message>
    <message>
        <source>there is no usable token (see Credentials)</source>
        <translation>没有可用的令牌（见凭据）</translation>
    </message>
    <message>
        <source>the connection settings are wrong (see Health)</source>
        <translation>连接设置有误（见健康状态）</translation>
    </message>
    <message>
        <source>Pairing could not be reached (see Health)</source>
        <translation>无法连接 Pairing（见健康状态）</translation>
    </message>
    <message>
        <source>allows registering</source>
        <translation>允许注册</translation>
    </message>
    <message>
        <source>allows registering and unregistering (rework)</source>
        <translation>允许注册和注销（返工）</translation>
    </message>
    <message>
        <source>does NOT allow registering</source>
        <translation>不允许注册</translation>
    </message>
    <message>
        <source>does NOT allow registering and unregistering (rework)</source>
        <translation>不允许注册，但允许注销（返工）</translation>
    </message>
    <message>
        <source>Runs {program} for each token; nothing is stored here.</source>
        <translation>每个令牌都运行 {program} 获取；此处不存储任何内容。</translation>
    </message>
    <message>
        <source>Issued {algorithm} token EXPIRED at {when}; paste or import a new one.</source>
        <translation>已签发的 {algorithm} 令牌已于 {when} 过期；请粘贴或导入新令牌。</translation>
    </message>
    <message>
        <source>Issued {algorithm} token, expires {when} (in {left}), {allows}.</source>
        <translation>已签发的 {algorithm} 令牌，于 {when} 过期（还剩 {left}），{allows}。</translation>
    </message>
    <message>
        <source>Issued {algorithm} token, never expires, {allows}.</source>
        <translation>已签发的 {algorithm} 令牌，永不过期，{allows}。</translation>
    </message>
    <message>
        <source>{key} realm key in the OS keyring; each call gets its own token valid {ttl} s.</source>
        <translation>系统密钥环中的 {key} Realm 密钥；每次调用获得各自的令牌，有效 {ttl} 秒。</translation>
    </message>
    <message>
        <source>backlog {backlog}</source>
        <translation>积压 {backlog}</translation>
    </message>
    <message>
        <source>live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>no heartbeat yet</source>
        <translation>尚无心跳</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>shipper failed</source>
        <translation>传送失败</translation>
    </message>
    <message>
        <source>shipper stopped</source>
        <translation>传送已停止</translation>
    </message>
    <message>
        <source>silent</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>An override of {minutes} minutes is out of range; nothing was changed.</source>
        <translation>{minutes} 分钟的临时放行超出范围；未做任何更改。</translation>
    </message>
    <message>
        <source>Target &apos;{target}&apos; does not ask the MES (it has no mes_recipe); nothing was changed.</source>
        <translation>目标“{target}”不询问 MES（它没有 mes_recipe）；未做任何更改。</translation>
    </message>
    <message>
        <source>Only a target with an MES recipe and offline policy block needs an override.</source>
        <translation>只有设置了 MES 配方且离线策略为 block 的目标才需要临时放行。</translation>
    </message>
    <message>
        <source>Write why, e.g. the MES ticket number.</source>
        <translation>请写明原因，例如 MES 工单号。</translation>
    </message>
    <message>
        <source>The station hit an internal error at &apos;{step}&apos; in slot {slot}; the device was left as it was at that step.</source>
        <translation>工位在槽位 {slot} 的“{step}”步骤遇到内部错误；设备保持在该步骤时的状态。</translation>
    </message>
    <message>
        <source>Provision the device in slot {slot} again; if it repeats, report it to the station&apos;s maintainers with the log.</source>
        <translation>重新配置槽位 {slot} 中的设备；如果再次发生，请将日志报告给工位的维护人员。</translation>
    </message>
    <message>
        <source>Slot {slot} hit an internal error and may show a stale state.</source>
        <translation>槽位 {slot} 遇到内部错误，显示的状态可能已过时。</translation>
    </message>
    <message>
        <source>Restart the station; report the log to its maintainers.</source>
        <translation>重启工位；将日志报告给其维护人员。</translation>
    </message>
    <message>
        <source>The station stopped {where}, after recording the intent to write credentials.</source>
        <translation>工位在{where}停止，此时已记录写入凭据的意图。</translation>
    </message>
    <message>
        <source>Provision the device from slot {slot} again (in any slot): the station checks what reached its storage and resumes or registers again as needed.</source>
        <translation>重新配置槽位 {slot} 中的设备（任意槽位均可）：工位会检查其存储中已写入的内容，并按需继续或重新注册。</translation>
    </message>
    <message>
        <source>after &apos;{step}&apos; (or a later step)</source>
        <translation>在“{step}”（或之后的步骤）之后</translation>
    </message>
    <message>
        <source>before its first journaled step</source>
        <translation>在其第一个记录的步骤之前</translation>
    </message>
    <message>
        <source>The station stopped {where}; nothing was written to the device.</source>
        <translation>工位在{where}停止；未向设备写入任何内容。</translation>
    </message>
    <message>
        <source>The label for slot {slot} cannot be printed: {detail}.</source>
        <translation>槽位 {slot} 的标签无法打印：{detail}。</translation>
    </message>
    <message>
        <source>Label the unit by hand from the journal entry, and tell the supervisor.</source>
        <translation>请根据日志条目手工为该设备贴标签，并告知主管。</translation>
    </message>
    <message>
        <source>Slot {slot}: {unit} passed and is in the journal, but its label did not print. {reason}</source>
        <translation>槽位 {slot}：{unit} 已通过并记入日志，但其标签未打印。{reason}</translation>
    </message>
    <message>
        <source>{action} Then reprint it: Line → Reprint label, slot {slot}.</source>
        <translation>{action} 然后重新打印：产线 → 重新打印标签，槽位 {slot}。</translation>
    </message>
    <message>
        <source>The label of {unit} (slot {slot}) was printed again.</source>
        <translation>{unit}（槽位 {slot}）的标签已重新打印。</translation>
    </message>
    <message>
        <source>The scanned code&apos;s check character does not match: it was read wrong.</source>
        <translation>扫描码的校验字符不匹配：读取有误。</translation>
    </message>
    <message>
        <source>Scan the label again; if it fails again, reprint the label.</source>
        <translation>重新扫描标签；如果仍然失败，请重新打印标签。</translation>
    </message>
    <message>
        <source>The scanned code is not a device label&apos;s code.</source>
        <translation>扫描的码不是设备标签上的码。</translation>
    </message>
    <message>
        <source>Scan the QR or DataMatrix code on the unit&apos;s label, not its serial barcode.</source>
        <translation>请扫描设备标签上的二维码或 DataMatrix 码，而不是序列号条码。</translation>
    </message>
    <message>
        <source>Scan the label of the unit in slot {slot} again.</source>
        <translation>重新扫描槽位 {slot} 中设备的标签。</translation>
    </message>
    <message>
        <source>Scan the label of the unit in slot {slot} again. If it repeats, set the scanner to a plain keyboard (US) layout with no prefix or suffix codes.</source>
        <translation>重新扫描槽位 {slot} 中设备的标签。如果再次发生，请将扫描枪设为普通键盘（US）布局，不带前缀或后缀码。</translation>
    </message>
    <message>
        <source>The scan for slot {slot} holds a control character ({code}); a unit&apos;s serial is printable ASCII.</source>
        <translation>槽位 {slot} 的扫描内容含有控制字符（{code}）；设备序列号应为可打印 ASCII。</translation>
    </message>
    <message>
        <source>The scan for slot {slot} was empty.</source>
        <translation>槽位 {slot} 的扫描内容为空。</translation>
    </message>
    <message>
        <source>The scan for slot {slot} holds a non-ASCII character ({code}); a unit&apos;s serial is printable ASCII.</source>
        <translation>槽位 {slot} 的扫描内容含有非 ASCII 字符（{code}）；设备序列号应为可打印 ASCII。</translation>
    </message>
    <message>
        <source>Slot {slot} is not waiting for a label scan; serial {serial} was not used.</source>
        <translation>槽位 {slot} 未在等待扫描标签；序列号 {serial} 未被使用。</translation>
    </message>
    <message>
        <source>Start the slot first; scan the unit&apos;s label when its tile asks for it.</source>
        <translation>请先启动槽位；在其面板提示时再扫描设备标签。</translation>
    </message>
    <message>
        <source>Serial {serial} is already the identity of the unit in slot {other}; slot {slot} cannot take it too.</source>
        <translation>序列号 {serial} 已是槽位 {other} 中设备的身份；槽位 {slot} 不能再使用它。</translation>
    </message>
    <message>
        <source>Check which unit carries this label. Scan the label of the unit in slot {slot}, not the one in slot {other}.</source>
        <translation>请检查哪台设备贴着此标签。扫描槽位 {slot} 中设备的标签，而不是槽位 {other} 中的。</translation>
    </message>
    <message>
        <source>No label was scanned for slot {slot} within {timeout_s} s; the unit was not registered.</source>
        <translation>槽位 {slot} 在 {timeout_s} 秒内未扫描到标签；该设备未注册。</translation>
    </message>
    <message>
        <source>Press Start on slot {slot} again and scan the unit&apos;s label when its tile asks for it.</source>
        <translation>再次按下槽位 {slot} 的“开始”，并在其面板提示时扫描设备标签。</translation>
    </message>
    <message>
        <source>The scan for slot {slot} is {length} characters long; a unit&apos;s serial has at most {most}.</source>
        <translation>槽位 {slot} 的扫描内容长 {length} 个字符；设备序列号最多 {most} 个字符。</translation>
    </message>
    <message>
        <source>Scan the label of the unit in slot {slot} again. If it was the right label, the scanner may have read two codes at once: cover the other code.</source>
        <translation>重新扫描槽位 {slot} 中设备的标签。如果标签没错，扫描枪可能一次读到了两个码：请遮住另一个码。</translation>
    </message>
    <message>
        <source>Waiting for the unit&apos;s label to be scanned.</source>
        <translation>正在等待扫描设备标签。</translation>
    </message>
    <message>
        <source>the port closed while reading</source>
        <translation>端口在读取时关闭</translation>
    </message>
    <message>
        <source>the port closed while writing</source>
        <translation>端口在写入时关闭</translation>
    </message>
    <message>
        <source>The device in {place} disconnected: {detail}.</source>
        <translation>{place} 中的设备已断开：{detail}。</translation>
    </message>
    <message>
        <source>Reseat the device in {place}, check its USB cable, then start it again.</source>
        <translation>重新插好 {place} 中的设备，检查其 USB 线缆，然后再次启动。</translation>
    </message>
    <message>
        <source>The device in {place} ({port}) disconnected: {detail}.</source>
        <translation>{place}（{port}）中的设备已断开：{detail}。</translation>
    </message>
    <message>
        <source>The answer to {what} from the device in {place} arrived garbled ({detail}).</source>
        <translation>{place} 中设备对 {what} 的应答已损坏（{detail}）。</translation>
    </message>
    <message>
        <source>Reseat the device in {place} and check the cable and fixture contacts; if it repeats, try another slot and report the fixture.</source>
        <translation>重新插好 {place} 中的设备，检查线缆和夹具触点；如果再次发生，请换一个槽位并报告夹具问题。</translation>
    </message>
    <message>
        <source>the port stopped working (input/output error)</source>
        <translation>端口停止工作（输入/输出错误）</translation>
    </message>
    <message>
        <source>The device in {place} stopped accepting data.</source>
        <translation>{place} 中的设备不再接收数据。</translation>
    </message>
    <message>
        <source>Reseat the device in {place}; if it repeats, power-cycle it.</source>
        <translation>重新插好 {place} 中的设备；如果再次发生，请断电重启。</translation>
    </message>
    <message>
        <source>Serial port {port} could not be opened: {reason}.</source>
        <translation>无法打开串口 {port}：{reason}。</translation>
    </message>
    <message>
        <source>Check the fixture connection for {place}, then try again.</source>
        <translation>检查 {place} 的夹具连接，然后重试。</translation>
    </message>
    <message>
        <source>Serial port {port} is in use by another program.</source>
        <translation>串口 {port} 正被其他程序占用。</translation>
    </message>
    <message>
        <source>Close the other program using {port} (e.g. ModemManager, a serial terminal or a second station), then try again.</source>
        <translation>关闭正在使用 {port} 的其他程序（例如 ModemManager、串口终端或第二个工位），然后重试。</translation>
    </message>
    <message>
        <source>Permission denied opening serial port {port}.</source>
        <translation>打开串口 {port} 被拒绝（无权限）。</translation>
    </message>
    <message>
        <source>Ask the administrator to add this user to the &apos;dialout&apos; group (or install the station&apos;s udev rules), then log in again.</source>
        <translation>请管理员将此用户加入 &apos;dialout&apos; 组（或安装工位的 udev 规则），然后重新登录。</translation>
    </message>
    <message>
        <source>Serial port {port} does not exist.</source>
        <translation>串口 {port} 不存在。</translation>
    </message>
    <message>
        <source>Check that the fixture is connected and powered and that the slot is mapped to the right port in the configuration.</source>
        <translation>请确认夹具已连接并通电，并且配置中该槽位映射到了正确的端口。</translation>
    </message>
    <message>
        <source>Serial slot {slot}&apos;s port {port} does not exist.</source>
        <translation>槽位 {slot} 的串口 {port} 不存在。</translation>
    </message>
    <message>
        <source>The device in {place} did not answer {what} within {seconds} s.</source>
        <translation>{place} 中的设备未在 {seconds} 秒内应答 {what}。</translation>
    </message>
    <message>
        <source>Reseat the device in {place} and check that it is powered; if it keeps happening, power-cycle it.</source>
        <translation>重新插好 {place} 中的设备并检查供电；如果持续发生，请断电重启。</translation>
    </message>
    <message>
        <source>{cause} This target&apos;s MES offline policy is block: no unit is provisioned while the MES cannot be asked.</source>
        <translation>{cause} 此目标的 MES 离线策略为 block：无法询问 MES 时不配置任何设备。</translation>
    </message>
    <message>
        <source>Leave the device in slot {slot}. {action}</source>
        <translation>将设备留在槽位 {slot} 中。{action}</translation>
    </message>
    <message>
        <source>Slot {slot}: the MES holds {unit}: {reason}</source>
        <translation>槽位 {slot}：MES 扣留了 {unit}：{reason}</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside and give it to the supervisor with the MES&apos;s reason; it was not registered.</source>
        <translation>将槽位 {slot} 中的设备放到一边，连同 MES 给出的原因交给主管；该设备未注册。</translation>
    </message>
    <message>
        <source>The MES&apos;s answer to the route {what} is not the facade&apos;s: it {detail}.</source>
        <translation>MES 对路由请求 {what} 的应答不是门面接口的应答：{detail}。</translation>
    </message>
    <message>
        <source>Tell the supervisor: the MES facade URL may point at another service, or the facade is broken. The target&apos;s offline policy decides whether units may go on.</source>
        <translation>请告知主管：MES 门面接口地址可能指向了其他服务，或门面接口已损坏。目标的离线策略决定设备能否继续。</translation>
    </message>
    <message>
        <source>The MES has taken every queued result.</source>
        <translation>MES 已接收所有排队的结果。</translation>
    </message>
    <message>
        <source>Nothing is lost: the station resends them until the MES takes them. Tell the supervisor if this lasts.</source>
        <translation>不会丢失任何内容：工位会一直重发，直到 MES 接收。如果持续，请告知主管。</translation>
    </message>
    <message>
        <source>The MES did not answer the route {what} within {timeout_s} s.</source>
        <translation>MES 未在 {timeout_s} 秒内应答路由请求 {what}。</translation>
    </message>
    <message>
        <source>Tell the supervisor the MES is slow or down; the target&apos;s offline policy decides whether units may go on.</source>
        <translation>请告知主管 MES 响应慢或已停止；目标的离线策略决定设备能否继续。</translation>
    </message>
    <message>
        <source>The MES cannot be reached for the route {what} ({kind}).</source>
        <translation>无法连接 MES 进行路由请求 {what}（{kind}）。</translation>
    </message>
    <message>
        <source>Tell the supervisor the MES is down or the network to it is; the target&apos;s offline policy decides whether units may go on.</source>
        <translation>请告知主管 MES 或通往它的网络已中断；目标的离线策略决定设备能否继续。</translation>
    </message>
    <message numerus="yes">
        <source>Device ID {shown} has %n characters; a device ID has exactly 22 (16 bytes).</source>
        <translation>
            <numerusform>设备 ID {shown} 有 %n 个字符；设备 ID 恰好为 22 个字符（16 字节）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Use the realm&apos;s private key as astartectl writes it (`&lt;realm&gt;_private.pem`: EC P-256/P-384/P-521 or RSA, PEM, not encrypted).</source>
        <translation>请使用 astartectl 写出的领域私钥（`&lt;realm&gt;_private.pem`：EC P-256/P-384/P-521 或 RSA，PEM，未加密）。</translation>
    </message>
    <message>
        <source>{what} could not be read: the PEM is corrupt or truncated ({reason}).</source>
        <translation>{what}无法读取：PEM 已损坏或被截断（{reason}）。</translation>
    </message>
    <message>
        <source>{what} uses curve {curve}; Astarte accepts only P-256, P-384 and P-521 (ES256/ES384/ES512).</source>
        <translation>{what}使用曲线 {curve}；Astarte 只接受 P-256、P-384 和 P-521（ES256/ES384/ES512）。</translation>
    </message>
    <message>
        <source>The EC key</source>
        <translation>该 EC 密钥</translation>
    </message>
    <message>
        <source>The EC key in {source}</source>
        <translation>{source} 中的 EC 密钥</translation>
    </message>
    <message>
        <source>{what} is protected by a passphrase.</source>
        <translation>{what}受口令保护。</translation>
    </message>
    <message>
        <source>Export it without a passphrase (e.g. `openssl pkey -in KEY -out PLAIN`), import that, then delete the plain copy.</source>
        <translation>请不带口令导出它（例如 `openssl pkey -in KEY -out PLAIN`），导入该文件，然后删除未加密的副本。</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <source>The file in {source}</source>
        <translation>{source} 中的文件</translation>
    </message>
    <message>
        <source>{path} is larger than {kib} KiB: too large to be a private key.</source>
        <translation>{path} 大于 {kib} KiB：太大，不可能是私钥。</translation>
    </message>
    <message>
        <source>Choose the realm&apos;s private key file (&lt;realm&gt;_private.pem).</source>
        <translation>请选择领域的私钥文件（&lt;realm&gt;_private.pem）。</translation>
    </message>
    <message>
        <source>check-scan: each label scanned back within {seconds} s</source>
        <translation>回扫检查：每张标签在 {seconds} 秒内回扫</translation>
    </message>
    <message numerus="yes">
        <source>Fixture {name}: %n slots at {baud} baud, provisioning into {target} (realm {realm})</source>
        <translation>
            <numerusform>夹具 {name}：%n 个槽位，{baud} 波特，配置到 {target}（realm {realm}）</numerusform>
        </translation>
    </message>
    <message>
        <source>{source}: {message}</source>
        <translation>{source}：{message}</translation>
    </message>
    <message>
        <source>label: {label}</source>
        <translation>标签：{label}</translation>
    </message>
    <message>
        <source>the built-in template</source>
        <translation>内置模板</translation>
    </message>
    <message>
        <source>template {path} checked</source>
        <translation>模板 {path} 已检查</translation>
    </message>
    <message>
        <source>slot {slot}: {port} ({profile})</source>
        <translation>槽位 {slot}：{port}（{profile}）</translation>
    </message>
    <message>
        <source>Station {station}, journal {journal}</source>
        <translation>工位 {station}，日志 {journal}</translation>
    </message>
    <message>
        <source>Target {name}: {url} realm {realm}, tokens from {source}</source>
        <translation>目标 {name}：{url} realm {realm}，令牌来自 {source}</translation>
    </message>
    <message>
        <source>{source}: `profiles.{kind}` names no device profile. Known: {known}.</source>
        <translation>{source}：`profiles.{kind}` 不是任何设备配置文件。已知：{known}。</translation>
    </message>
    <message>
        <source>Correct the table&apos;s name in {source} (check the spelling), or remove it.</source>
        <translation>请在 {source} 中更正该表的名称（检查拼写），或删除它。</translation>
    </message>
    <message>
        <source>Configuration {source} is valid.</source>
        <translation>配置 {source} 有效。</translation>
    </message>
    <message>
        <source>{path} was read, not copied. Delete it if it was only a transfer copy.</source>
        <translation>{path} 已被读取，未被复制。如果它只是传输用的副本，请删除它。</translation>
    </message>
    <message>
        <source>Stored the realm key of target {target} in the OS keyring: {key}.</source>
        <translation>已将目标 {target} 的 realm 密钥保存到操作系统密钥环：{key}。</translation>
    </message>
    <message>
        <source>Each Pairing call will get its own {algorithm} token, valid {ttl} s, allowing only that call.</source>
        <translation>每次 Pairing 调用都会获得自己的 {algorithm} 令牌，有效期 {ttl} 秒，仅允许该次调用。</translation>
    </message>
    <message>
        <source>The MES override of target {target} has ended.</source>
        <translation>目标 {target} 的 MES 临时放行已结束。</translation>
    </message>
    <message>
        <source>--minutes {minutes} is out of range; nothing was changed.</source>
        <translation>--minutes {minutes} 超出范围；未做任何更改。</translation>
    </message>
    <message>
        <source>Give 1 to {most} minutes (one shift at most), and renew it if needed.</source>
        <translation>请指定 1 到 {most} 分钟（最多一个班次），需要时再续期。</translation>
    </message>
    <message>
        <source>An MES override needs a reason for the journal; nothing was changed.</source>
        <translation>MES 临时放行需要一个写入日志的原因；未做任何更改。</translation>
    </message>
    <message>
        <source>Add --reason &quot;…&quot;, e.g. the MES ticket number.</source>
        <translation>请添加 --reason &quot;…&quot;，例如 MES 工单号。</translation>
    </message>
    <message>
        <source>Target {target} goes on while its MES is down, until {until} (each unit is journaled with this override).</source>
        <translation>在 MES 中断期间，目标 {target} 可继续运行，直至 {until}（每台设备都会随此临时放行记入日志）。</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Allows registering devices: {register}; unregistering any device (rework): {unregister}.</source>
        <translation>允许注册设备：{register}；允许注销任意设备（返工）：{unregister}。</translation>
    </message>
    <message>
        <source>warning: this token cannot register devices (its a_pa does not allow POST agent/devices); provisioning with it will fail.</source>
        <translation>警告：此令牌不能注册设备（其 a_pa 不允许 POST agent/devices）；用它进行配置将会失败。</translation>
    </message>
    <message>
        <source>Expiry: {when} UTC (in {left}); signed with {algorithm}.</source>
        <translation>过期：{when} UTC（{left} 后）；使用 {algorithm} 签名。</translation>
    </message>
    <message>
        <source>Expiry: none (the token never expires; prefer short-lived tokens).</source>
        <translation>过期：无（该令牌永不过期；建议使用短期令牌）。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Paste the Pairing token (input is hidden):</source>
        <translation>请粘贴 Pairing 令牌（输入不显示）：</translation>
    </message>
    <message>
        <source>a_pa: {scopes}</source>
        <translation>a_pa：{scopes}</translation>
    </message>
    <message>
        <source>Standard input holds more than {kib} KiB: that is not a Pairing token.</source>
        <translation>标准输入超过 {kib} KiB：这不是 Pairing 令牌。</translation>
    </message>
    <message>
        <source>Pipe in only the token, e.g. `astartectl utils gen-jwt pairing ... | station target set-token TARGET`.</source>
        <translation>请只通过管道传入令牌，例如 `astartectl utils gen-jwt pairing ... | station target set-token TARGET`。</translation>
    </message>
    <message>
        <source>Stored an issued token for target {target} in the OS keyring.</source>
        <translation>已将目标 {target} 的签发令牌保存到操作系统密钥环。</translation>
    </message>
    <message>
        <source>Unknown slot {slots} for this fixture.</source>
        <translation>此夹具没有槽位 {slots}。</translation>
    </message>
    <message>
        <source>Unknown slots {slots} for this fixture.</source>
        <translation>此夹具没有槽位 {slots}。</translation>
    </message>
    <message>
        <source>Use --slots all or a comma-separated list of: {slots}.</source>
        <translation>请使用 --slots all，或以逗号分隔的以下槽位列表：{slots}。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n labels</source>
        <translation>
            <numerusform>%n 张标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n results</source>
        <translation>
            <numerusform>%n 个结果</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>demo: the MES was asked {asked} and acknowledged {acked}; {printed} printed; {matched} scanned back and matched; the tower light showed {shown}</source>
        <translation>演示：询问 MES {asked}，确认了{acked}；打印了{printed}；回扫并匹配了{matched}；信号灯塔显示 {shown}</translation>
    </message>
    <message>
        <source>Made {made}; {ahead}.</source>
        <translation>已创建{made}；{ahead}。</translation>
    </message>
    <message numerus="yes">
        <source>the next %n months have theirs</source>
        <translation>
            <numerusform>接下来的 %n 个月都有各自的分区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n monthly partitions</source>
        <translation>
            <numerusform>%n 个月度分区</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device IDs registered twice.</source>
        <translation>
            <numerusform>%n 个设备 ID 被注册了两次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give each unit to rework: only one of them holds working credentials.</source>
        <translation>请将每台设备送去返工：其中只有一台持有有效凭据。</translation>
    </message>
    <message>
        <source>Retired {month}: fleet.{name} ({events}) is detached from fleet.events and {rows}. Archive the table (pg_dump -t fleet.{name}), then drop it (DROP TABLE fleet.{name}).</source>
        <translation>已停用 {month}：fleet.{name}（{events}）已从 fleet.events 分离，{rows}。请归档该表（pg_dump -t fleet.{name}），然后删除它（DROP TABLE fleet.{name}）。</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt rows of that month are removed</source>
        <translation>
            <numerusform>该月的 %n 行尝试记录已删除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stations.</source>
        <translation>
            <numerusform>%n 个工位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter when the slots are empty.</source>
        <translation>槽位清空后请按回车键。</translation>
    </message>
    <message>
        <source>Assign the first {count} to slots {first}–{last} in this order? [Y/n, or the number of the one for this slot]</source>
        <translation>按此顺序将前 {count} 个分配给槽位 {first}–{last}？[Y/n，或输入此槽位对应端口的编号]</translation>
    </message>
    <message>
        <source>Is this slot {slot}? [Y/n]</source>
        <translation>这是槽位 {slot} 吗？[Y/n]</translation>
    </message>
    <message>
        <source>Slot {slot}: {path}</source>
        <translation>槽位 {slot}：{path}</translation>
    </message>
    <message>
        <source>slot {slot}: {binding}</source>
        <translation>槽位 {slot}：{binding}</translation>
    </message>
    <message>
        <source>Slot bindings for the config:</source>
        <translation>用于配置的槽位绑定：</translation>
    </message>
    <message>
        <source>Bound the slots of fixture {fixture} in {path}.</source>
        <translation>已在 {path} 中绑定夹具 {fixture} 的槽位。</translation>
    </message>
    <message>
        <source>Found {port}</source>
        <translation>找到 {port}</translation>
    </message>
    <message>
        <source>The input ended before every slot was learned; nothing was saved.</source>
        <translation>在学习完所有槽位之前输入已结束；未保存任何内容。</translation>
    </message>
    <message>
        <source>run `station fixture learn` again in a terminal</source>
        <translation>请在终端中重新运行 `station fixture learn`</translation>
    </message>
    <message>
        <source>A fixture has at least one slot.</source>
        <translation>夹具至少有一个槽位。</translation>
    </message>
    <message>
        <source>pass --slots 1 or more</source>
        <translation>请传入 --slots 1 或更大的值</translation>
    </message>
    <message>
        <source>Not assigned. Unplug it and plug the right one in.</source>
        <translation>未分配。请拔下它并插入正确的设备。</translation>
    </message>
    <message>
        <source>Not assigned. Unplug it and try again.</source>
        <translation>未分配。请拔下后重试。</translation>
    </message>
    <message>
        <source>{port} is not on USB (or udev gave it no path): it cannot be a slot.</source>
        <translation>{port} 不在 USB 上（或 udev 没有给它路径）：它不能作为槽位。</translation>
    </message>
    <message>
        <source>{port} is on the USB path of slot {slot} already.</source>
        <translation>{port} 已在槽位 {slot} 的 USB 路径上。</translation>
    </message>
    <message>
        <source>Slot {slot}: plug a device (or the slot&apos;s adapter) into slot {slot} now…</source>
        <translation>槽位 {slot}：现在将设备（或该槽位的适配器）插入槽位 {slot}…</translation>
    </message>
    <message>
        <source>interface {number}</source>
        <translation>接口 {number}</translation>
    </message>
    <message>
        <source>serial {serial}</source>
        <translation>序列号 {serial}</translation>
    </message>
    <message>
        <source>{count} ports appeared with the same USB path {path}: udev cannot tell them apart, so they cannot be separate slots.</source>
        <translation>出现了 {count} 个 USB 路径相同（{path}）的端口：udev 无法区分它们，因此它们不能作为独立的槽位。</translation>
    </message>
    <message>
        <source>Use one adapter per slot (or one whose ports are separate USB interfaces).</source>
        <translation>请每个槽位使用一个适配器（或端口为独立 USB 接口的适配器）。</translation>
    </message>
    <message numerus="yes">
        <source>Saved the slot map of %n slots to {path}.</source>
        <translation>
            <numerusform>已将 %n 个槽位的槽位映射保存到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} ports appeared on one adapter:</source>
        <translation>一个适配器上出现了 {count} 个端口：</translation>
    </message>
    <message>
        <source>Stable names /dev/provisioning/{fixture}/slotN: {command}</source>
        <translation>固定名称 /dev/provisioning/{fixture}/slotN：{command}</translation>
    </message>
    <message numerus="yes">
        <source>Learning %n slots of fixture {fixture}.</source>
        <translation>
            <numerusform>正在学习夹具 {fixture} 的 %n 个槽位。</numerusform>
        </translation>
    </message>
    <message>
        <source>No new serial port appeared for slot {slot} within {seconds} s.</source>
        <translation>槽位 {slot} 在 {seconds} 秒内没有出现新的串口。</translation>
    </message>
    <message>
        <source>check the device&apos;s USB cable and the hub&apos;s power, then run the learning again</source>
        <translation>请检查设备的 USB 线缆和集线器的供电，然后重新学习</translation>
    </message>
    <message>
        <source>Unplug it and try again.</source>
        <translation>请拔下后重试。</translation>
    </message>
    <message>
        <source>Unplug the devices from every slot first; leave hubs and cables where they stay.</source>
        <translation>请先拔下每个槽位中的设备；集线器和线缆保持原位。</translation>
    </message>
    <message>
        <source>USB path: {path}</source>
        <translation>USB 路径：{path}</translation>
    </message>
    <message>
        <source>binding:  {binding}</source>
        <translation>绑定：  {binding}</translation>
    </message>
    <message>
        <source>ModemManager is running: it probes new serial ports for about 10 s. Install {rules} (the .deb does) so it leaves them alone.</source>
        <translation>ModemManager 正在运行：它会探测新串口约 10 秒。请安装 {rules}（.deb 包会安装），让它不再干扰这些串口。</translation>
    </message>
    <message>
        <source>No serial ports found.</source>
        <translation>未找到串口。</translation>
    </message>
    <message>
        <source>- (not on USB: cannot be a fixture slot)</source>
        <translation>-（不在 USB 上：不能作为夹具槽位）</translation>
    </message>
    <message>
        <source>Slot map {path} does not exist.</source>
        <translation>槽位映射 {path} 不存在。</translation>
    </message>
    <message>
        <source>record one with `station fixture learn --out FILE`</source>
        <translation>请用 `station fixture learn --out FILE` 记录一个</translation>
    </message>
    <message>
        <source>Wrote {path}. Apply it with:</source>
        <translation>已写入 {path}。用以下命令应用：</translation>
    </message>
    <message>
        <source>There is no target {name}.</source>
        <translation>没有目标 {name}。</translation>
    </message>
    <message>
        <source>Refresh the list of targets.</source>
        <translation>请刷新目标列表。</translation>
    </message>
    <message>
        <source>Choose the file that holds only the token (a JWT), or paste the token instead.</source>
        <translation>请选择只包含令牌（JWT）的文件，或改为粘贴令牌。</translation>
    </message>
    <message>
        <source>{path} is not text: it cannot hold a Pairing token.</source>
        <translation>{path} 不是文本：不可能包含 Pairing 令牌。</translation>
    </message>
    <message>
        <source>{path} is larger than {kib} KiB: too large to be a Pairing token.</source>
        <translation>{path} 大于 {kib} KiB：太大，不可能是 Pairing 令牌。</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>无法读取 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Check the path and that you may read the file, or paste the token instead.</source>
        <translation>请检查路径以及你是否有权读取该文件，或改为粘贴令牌。</translation>
    </message>
    <message>
        <source>Check the path and that you may read the file.</source>
        <translation>请检查路径，以及您是否有权读取该文件。</translation>
    </message>
    <message>
        <source>The key</source>
        <translation>该密钥</translation>
    </message>
    <message>
        <source>The key in {source}</source>
        <translation>{source} 中的密钥</translation>
    </message>
    <message>
        <source>{what} is a {kind} key; Astarte verifies only EC (ES256/384/512) and RSA tokens.</source>
        <translation>{what}是 {kind} 密钥；Astarte 只验证 EC（ES256/384/512）和 RSA 令牌。</translation>
    </message>
    <message>
        <source>{what} is not a PEM key (no &apos;-----BEGIN&apos; line).</source>
        <translation>{what}不是 PEM 密钥（没有 &apos;-----BEGIN&apos; 行）。</translation>
    </message>
    <message>
        <source>The private key</source>
        <translation>该私钥</translation>
    </message>
    <message>
        <source>The private key in {source}</source>
        <translation>{source} 中的私钥</translation>
    </message>
    <message>
        <source>{what} holds a public key; signing tokens needs the realm&apos;s private key.</source>
        <translation>{what}包含的是公钥；签发令牌需要领域的私钥。</translation>
    </message>
    <message>
        <source>The RSA key</source>
        <translation>该 RSA 密钥</translation>
    </message>
    <message>
        <source>The RSA key in {source}</source>
        <translation>{source} 中的 RSA 密钥</translation>
    </message>
    <message>
        <source>{what} has only {bits} bits.</source>
        <translation>{what}只有 {bits} 位。</translation>
    </message>
    <message>
        <source>Use a realm key of at least {bits} bits.</source>
        <translation>请使用至少 {bits} 位的领域密钥。</translation>
    </message>
    <message>
        <source>the keyring entry of target {target}</source>
        <translation>目标 {target} 的密钥环条目</translation>
    </message>
    <message>
        <source>Start a Secret Service (gnome-keyring) in this desktop session and unlock it, then try again. The station never falls back to storing keys or tokens in a file.</source>
        <translation>请在此桌面会话中启动 Secret Service（gnome-keyring）并解锁，然后重试。工位绝不会改为把密钥或令牌保存在文件中。</translation>
    </message>
    <message>
        <source>{target} is not a valid target name.</source>
        <translation>{target} 不是有效的目标名称。</translation>
    </message>
    <message>
        <source>Use 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>请使用 1–64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>Cannot {doing}: {reason}.</source>
        <translation>无法{doing}：{reason}。</translation>
    </message>
    <message>
        <source>delete the {kind} of target {target}</source>
        <translation>删除目标 {target} 的 {kind}</translation>
    </message>
    <message>
        <source>read the {kind} of target {target}</source>
        <translation>读取目标 {target} 的 {kind}</translation>
    </message>
    <message>
        <source>store the {kind} of target {target}</source>
        <translation>保存目标 {target} 的 {kind}</translation>
    </message>
    <message>
        <source>The key file has bytes that are not text around the PEM block.</source>
        <translation>密钥文件在 PEM 块周围有非文本字节。</translation>
    </message>
    <message>
        <source>Export the key again as plain PEM (openssl pkey -in KEY -out PLAIN).</source>
        <translation>请将密钥重新导出为纯 PEM（openssl pkey -in KEY -out PLAIN）。</translation>
    </message>
    <message>
        <source>Cannot {doing}: the keyring did not answer within {seconds} s; it is probably locked and waiting for its unlock prompt.</source>
        <translation>无法{doing}：密钥环未在 {seconds} 秒内响应；它可能已锁定，正在等待解锁提示。</translation>
    </message>
    <message>
        <source>No password for the fleet role {role} is stored in this PC&apos;s keyring.</source>
        <translation>本机密钥环中未保存机群角色 {role} 的密码。</translation>
    </message>
    <message>
        <source>Plant IT gives the password printed by `station fleet add-station`; store it with `station fleet set-password`.</source>
        <translation>工厂 IT 会提供 `station fleet add-station` 输出的密码；请用 `station fleet set-password` 保存。</translation>
    </message>
    <message>
        <source>No realm key is stored for target {target}.</source>
        <translation>目标 {target} 未保存领域密钥。</translation>
    </message>
    <message>
        <source>A supervisor runs `station target import-key {name} --file &lt;realm&gt;_private.pem`.</source>
        <translation>由主管运行 `station target import-key {name} --file &lt;realm&gt;_private.pem`。</translation>
    </message>
    <message>
        <source>No issued token is stored for target {target}.</source>
        <translation>目标 {target} 未保存已签发令牌。</translation>
    </message>
    <message>
        <source>A supervisor pipes a token into `station target set-token {name}`.</source>
        <translation>由主管将令牌通过管道传给 `station target set-token {name}`。</translation>
    </message>
    <message>
        <source>the keyring backend {name} keeps secrets in a file, not in the OS keyring</source>
        <translation>密钥环后端 {name} 把机密保存在文件中，而不是系统密钥环中</translation>
    </message>
    <message>
        <source>the keyring is locked</source>
        <translation>密钥环已锁定</translation>
    </message>
    <message>
        <source>no OS keyring backend is available</source>
        <translation>没有可用的系统密钥环后端</translation>
    </message>
    <message>
        <source>the Secret Service could not open its collection (locked or not running)</source>
        <translation>Secret Service 无法打开其集合（已锁定或未运行）</translation>
    </message>
    <message>
        <source>the keyring is configured as the null backend, which stores nothing</source>
        <translation>密钥环被配置为空后端，它不保存任何内容</translation>
    </message>
    <message>
        <source>the keyring reported {kind}</source>
        <translation>密钥环报告了 {kind}</translation>
    </message>
    <message>
        <source>Cannot use the keyring: {reason}.</source>
        <translation>无法使用密钥环：{reason}。</translation>
    </message>
    <message>
        <source>Unlock the keyring: answer its unlock prompt on this PC&apos;s desktop (or unlock the &apos;Login&apos; keyring in Passwords and Keys), then try again. The station never falls back to storing keys or tokens in a file.</source>
        <translation>请解锁密钥环：在本机桌面上回应其解锁提示（或在“密码和密钥”中解锁 &apos;Login&apos; 密钥环），然后重试。工位绝不会改为把密钥或令牌保存在文件中。</translation>
    </message>
    <message>
        <source>{what}: the device is already registered and has used its credentials secret.</source>
        <translation>{what}：设备已注册且已使用其密钥。</translation>
    </message>
    <message>
        <source>It cannot be provisioned again until a supervisor approves rework and unregisters it.</source>
        <translation>在主管批准返工并注销之前，不能再次配置。</translation>
    </message>
    <message>
        <source>{what}: the version is not a string.</source>
        <translation>{what}：版本不是字符串。</translation>
    </message>
    <message>
        <source>Check that the Pairing URL points at Astarte Pairing.</source>
        <translation>请确认 Pairing 地址指向 Astarte Pairing。</translation>
    </message>
    <message>
        <source>{what}: {host} did not accept a connection within {timeout} s.</source>
        <translation>{what}：{host} 未在 {timeout} 秒内接受连接。</translation>
    </message>
    <message>
        <source>{what}: the device is not registered in realm {realm}.</source>
        <translation>{what}：设备未在领域 {realm} 中注册。</translation>
    </message>
    <message>
        <source>Check the device ID and realm.</source>
        <translation>请检查设备 ID 和领域。</translation>
    </message>
    <message>
        <source>{what}: the host name {host} could not be resolved (DNS).</source>
        <translation>{what}：无法解析主机名 {host}（DNS）。</translation>
    </message>
    <message>
        <source>Check the Pairing URL&apos;s host name and this PC&apos;s DNS settings.</source>
        <translation>请检查 Pairing 地址的主机名和本机的 DNS 设置。</translation>
    </message>
    <message>
        <source>{what}: the connection to {host} was dropped mid-request.</source>
        <translation>{what}：与 {host} 的连接在请求中途断开。</translation>
    </message>
    <message>
        <source>{what}: Pairing refused the call for realm {realm} (403){said}.</source>
        <translation>{what}：Pairing 拒绝了对领域 {realm} 的调用（403）{said}。</translation>
    </message>
    <message>
        <source>Check, in this order: 1) the realm name is wrong or the realm does not exist on this Astarte; 2) the token&apos;s a_pa claim does not allow this call; 3) the token has expired (Astarte allows no clock skew: check this PC&apos;s clock); 4) the token was signed with a key that is not this realm&apos;s key</source>
        <translation>请按以下顺序检查：1) 领域名称错误或该领域在此 Astarte 上不存在；2) 令牌的 a_pa 声明不允许此调用；3) 令牌已过期（Astarte 不允许时钟偏差：请检查本机时钟）；4) 令牌不是用此领域的密钥签名的</translation>
    </message>
    <message>
        <source>{what}: Pairing&apos;s device information is incomplete (status, version or broker URL missing).</source>
        <translation>{what}：Pairing 返回的设备信息不完整（缺少状态、版本或代理地址）。</translation>
    </message>
    <message>
        <source>{what}: Pairing failed with an internal error ({status}){said}.</source>
        <translation>{what}：Pairing 内部错误（{status}）{said}。</translation>
    </message>
    <message>
        <source>Tell the Astarte operator; the Pairing logs show the cause.</source>
        <translation>请告知 Astarte 运维人员；Pairing 日志中有原因。</translation>
    </message>
    <message>
        <source>A 500 on registration often means the realm reached its device registration limit: ask the Astarte operator to check the realm&apos;s device_registration_limit. Tell the Astarte operator; the Pairing logs show the cause.</source>
        <translation>注册时出现 500 通常表示该领域已达到设备注册上限：请 Astarte 运维人员检查该领域的 device_registration_limit。请告知 Astarte 运维人员；Pairing 日志中有原因。</translation>
    </message>
    <message>
        <source>The initial introspection is invalid: {problems}.</source>
        <translation>初始内省无效：{problems}。</translation>
    </message>
    <message>
        <source>Every interface needs a name and a (major, minor) pair of integers.</source>
        <translation>每个接口都需要一个名称和一对整数 (major, minor)。</translation>
    </message>
    <message>
        <source>{what}: Pairing rejected the token as invalid (401){said}.</source>
        <translation>{what}：Pairing 以无效为由拒绝了令牌（401）{said}。</translation>
    </message>
    <message>
        <source>The token is malformed or not signed by this realm&apos;s key: check the target&apos;s realm key or issued token.</source>
        <translation>令牌格式错误或不是用此领域的密钥签名：请检查目标的领域密钥或已签发令牌。</translation>
    </message>
    <message>
        <source>{what}: the realm reached its device registration limit.</source>
        <translation>{what}：该领域已达到设备注册上限。</translation>
    </message>
    <message>
        <source>Ask the Astarte operator to raise the realm&apos;s device_registration_limit.</source>
        <translation>请 Astarte 运维人员提高该领域的 device_registration_limit。</translation>
    </message>
    <message>
        <source>{what}: Pairing rejected the request as malformed (400){said}.</source>
        <translation>{what}：Pairing 以格式错误为由拒绝了请求（400）{said}。</translation>
    </message>
    <message>
        <source>Check the network cable, the PC&apos;s network settings and the Pairing URL.</source>
        <translation>请检查网线、本机网络设置和 Pairing 地址。</translation>
    </message>
    <message>
        <source>{what}: there is no Pairing API at this URL (404){said}.</source>
        <translation>{what}：此地址上没有 Pairing API（404）{said}。</translation>
    </message>
    <message>
        <source>Check the target&apos;s Pairing URL: through the Astarte ingress it ends in &apos;/pairing&apos; (https://api.&lt;domain&gt;/pairing); directly it is http://&lt;host&gt;:4003.</source>
        <translation>请检查目标的 Pairing 地址：经 Astarte 入口时以 &apos;/pairing&apos; 结尾（https://api.&lt;domain&gt;/pairing）；直连时为 http://&lt;host&gt;:4003。</translation>
    </message>
    <message>
        <source>{what}: there is no network route to {host}.</source>
        <translation>{what}：没有到 {host} 的网络路由。</translation>
    </message>
    <message>
        <source>{what}: Pairing did not receive the credentials secret (401){said}.</source>
        <translation>{what}：Pairing 未收到凭据密钥（401）{said}。</translation>
    </message>
    <message>
        <source>A proxy between this station and Astarte may strip the Authorization header; ask the network administrator.</source>
        <translation>本工位与 Astarte 之间的代理可能去掉了 Authorization 头；请询问网络管理员。</translation>
    </message>
    <message>
        <source>{what}: Pairing&apos;s answer does not hold a credentials secret of the expected shape (44 characters of base64).</source>
        <translation>{what}：Pairing 的应答中没有预期格式的凭据密钥（44 个 base64 字符）。</translation>
    </message>
    <message>
        <source>Check that the Pairing URL points at Astarte Pairing; do not write anything to the device.</source>
        <translation>请确认 Pairing 地址指向 Astarte Pairing；不要向设备写入任何内容。</translation>
    </message>
    <message>
        <source>{what}: no time was left to reach Pairing.</source>
        <translation>{what}：已没有时间连接 Pairing。</translation>
    </message>
    <message>
        <source>Check the network and the Pairing URL, then retry.</source>
        <translation>请检查网络和 Pairing 地址，然后重试。</translation>
    </message>
    <message>
        <source>{what}: Pairing received no token (401){said}.</source>
        <translation>{what}：Pairing 未收到令牌（401）{said}。</translation>
    </message>
    <message>
        <source>A proxy between this station and Astarte may strip the Authorization header.</source>
        <translation>本工位与 Astarte 之间的代理可能去掉了 Authorization 头。</translation>
    </message>
    <message>
        <source>{what}: the token does not allow {method} {path} (403).</source>
        <translation>{what}：令牌不允许 {method} {path}（403）。</translation>
    </message>
    <message>
        <source>Give the target a token whose a_pa claim allows this call (e.g. &apos;POST::agent/devices&apos;).</source>
        <translation>请为目标提供 a_pa 声明允许此调用的令牌（例如 &apos;POST::agent/devices&apos;）。</translation>
    </message>
    <message>
        <source>{what}: the answer ({status}) is not a Pairing API response.</source>
        <translation>{what}：应答（{status}）不是 Pairing API 的应答。</translation>
    </message>
    <message>
        <source>Check that the Pairing URL points at Astarte Pairing, not another service.</source>
        <translation>请确认 Pairing 地址指向 Astarte Pairing，而不是其他服务。</translation>
    </message>
    <message>
        <source>{what}: every registration place for this target stayed busy until the deadline.</source>
        <translation>{what}：此目标的所有注册名额在期限前一直被占用。</translation>
    </message>
    <message>
        <source>Retry; if it persists, Pairing is answering slowly.</source>
        <translation>请重试；如果持续，说明 Pairing 响应缓慢。</translation>
    </message>
    <message>
        <source>{what}: no connection to {host} became free within {timeout} s.</source>
        <translation>{what}：{timeout} 秒内没有空闲的到 {host} 的连接。</translation>
    </message>
    <message>
        <source>Lower the number of slots working at once.</source>
        <translation>请减少同时工作的槽位数量。</translation>
    </message>
    <message>
        <source>Testing the connection: the server accepted a registration with an empty device ID, which Astarte Pairing never does.</source>
        <translation>测试连接：服务器接受了设备 ID 为空的注册，而 Astarte Pairing 从不这样做。</translation>
    </message>
    <message>
        <source>{what}: a gateway in front of Pairing is limiting the request rate (429).</source>
        <translation>{what}：Pairing 前的网关正在限制请求速率（429）。</translation>
    </message>
    <message>
        <source>Lower the number of registrations in flight for this target, or ask the Astarte operator to raise the ingress limit.</source>
        <translation>请减少此目标同时进行的注册数量，或请 Astarte 运维人员提高入口限额。</translation>
    </message>
    <message>
        <source>Lower the number of registrations in flight for this target, or ask the Astarte operator to raise the ingress limit. It asked to wait {wait} s.</source>
        <translation>请减少此目标同时进行的注册数量，或请 Astarte 运维人员提高入口限额。它要求等待 {wait} 秒。</translation>
    </message>
    <message>
        <source>{what}: {host} did not answer in time (no complete reply within {timeout} s).</source>
        <translation>{what}：{host} 未及时应答（{timeout} 秒内没有完整回复）。</translation>
    </message>
    <message>
        <source>{what}: {host} did not answer in time (no complete reply within {timeout} s). The registration may or may not have happened; registering again is safe because only the latest secret counts.</source>
        <translation>{what}：{host} 未及时应答（{timeout} 秒内没有完整回复）。注册可能已完成也可能未完成；重新注册是安全的，因为只有最新的密钥有效。</translation>
    </message>
    <message>
        <source>{realm} is not a valid Astarte realm name.</source>
        <translation>{realm} 不是有效的 Astarte 领域名称。</translation>
    </message>
    <message>
        <source>A realm name is lower-case letters and digits, starting with a letter, at most 48 characters.</source>
        <translation>领域名称由小写字母和数字组成，以字母开头，最多 48 个字符。</translation>
    </message>
    <message>
        <source>{what}: {host} refused the connection (nothing listens on that port).</source>
        <translation>{what}：{host} 拒绝了连接（该端口上没有服务在监听）。</translation>
    </message>
    <message>
        <source>Check the port in the Pairing URL and that Pairing is running.</source>
        <translation>请检查 Pairing 地址中的端口以及 Pairing 是否在运行。</translation>
    </message>
    <message>
        <source>{what}: Pairing rejected the request (422).</source>
        <translation>{what}：Pairing 拒绝了请求（422）。</translation>
    </message>
    <message>
        <source>Check the device ID and initial introspection.</source>
        <translation>请检查设备 ID 和初始内省。</translation>
    </message>
    <message>
        <source>The device ID must be 22 characters of base64url (16 bytes).</source>
        <translation>设备 ID 必须是 22 个 base64url 字符（16 字节）。</translation>
    </message>
    <message>
        <source>Every interface in the initial introspection needs non-negative integer major and minor versions.</source>
        <translation>初始内省中的每个接口都需要非负整数的主版本号和次版本号。</translation>
    </message>
    <message>
        <source>{what}: Pairing rejected the request: {fields}.</source>
        <translation>{what}：Pairing 拒绝了请求：{fields}。</translation>
    </message>
    <message>
        <source> (Pairing said: {detail})</source>
        <translation>（Pairing 称：{detail}）</translation>
    </message>
    <message>
        <source>The credentials secret is not base64 text, so it cannot be an Astarte secret; nothing was sent.</source>
        <translation>凭据密钥不是 base64 文本，因此不可能是 Astarte 密钥；未发送任何内容。</translation>
    </message>
    <message>
        <source>The device holds a record the station did not write: set it aside for the supervisor.</source>
        <translation>设备中有一条非本工位写入的记录：请放到一边交给主管。</translation>
    </message>
    <message>
        <source>{what}: Pairing does not accept this credentials secret (403){said}.</source>
        <translation>{what}：Pairing 不接受此凭据密钥（403）{said}。</translation>
    </message>
    <message>
        <source>The device was registered again since (only the latest secret works), or it was unregistered, or realm {realm} is wrong.</source>
        <translation>此后设备已被重新注册（只有最新的密钥有效），或已被注销，或领域 {realm} 错误。</translation>
    </message>
    <message>
        <source>The target&apos;s token source gave an empty or malformed token; nothing was sent.</source>
        <translation>目标的令牌来源给出了空的或格式错误的令牌；未发送任何内容。</translation>
    </message>
    <message>
        <source>Check the target&apos;s token settings (station target set-token, or the token command&apos;s output).</source>
        <translation>请检查目标的令牌设置（station target set-token，或令牌命令的输出）。</translation>
    </message>
    <message>
        <source>{what}: the answer from {host} ({status}) is larger than {mib} MiB; no Pairing answer is, so it was not read.</source>
        <translation>{what}：来自 {host} 的应答（{status}）大于 {mib} MiB；Pairing 的应答不会这么大，因此未读取。</translation>
    </message>
    <message>
        <source>Check that the Pairing URL points at Astarte Pairing: another service or a proxy&apos;s page is answering.</source>
        <translation>请确认 Pairing 地址指向 Astarte Pairing：当前应答的是其他服务或代理页面。</translation>
    </message>
    <message>
        <source>{what}: Pairing is not available ({status}){said}.</source>
        <translation>{what}：Pairing 不可用（{status}）{said}。</translation>
    </message>
    <message>
        <source>The Astarte service or its gateway is down or restarting; try again in a minute and tell the Astarte operator if it persists.</source>
        <translation>Astarte 服务或其网关已停止或正在重启；请一分钟后重试，如持续请告知 Astarte 运维人员。</translation>
    </message>
    <message>
        <source>{what}: Pairing answered with an unexpected status {status}{said}.</source>
        <translation>{what}：Pairing 返回了意外的状态 {status}{said}。</translation>
    </message>
    <message>
        <source>{what}: could not reach {host} ({kind}).</source>
        <translation>{what}：无法连接 {host}（{kind}）。</translation>
    </message>
    <message>
        <source>Write it as https://api.&lt;your-domain&gt;/pairing (through the Astarte ingress) or http://&lt;host&gt;:4003 (the Pairing service directly).</source>
        <translation>请写成 https://api.&lt;your-domain&gt;/pairing（经 Astarte 入口）或 http://&lt;host&gt;:4003（直连 Pairing 服务）。</translation>
    </message>
    <message>
        <source>The Pairing URL {url} already contains /v1.</source>
        <translation>Pairing 地址 {url} 已包含 /v1。</translation>
    </message>
    <message>
        <source>Leave out /v1 and the realm: the station adds them. {fix}</source>
        <translation>请省略 /v1 和领域：工位会自动添加。{fix}</translation>
    </message>
    <message>
        <source>{url} is not a Pairing URL.</source>
        <translation>{url} 不是 Pairing 地址。</translation>
    </message>
    <message>
        <source>The Pairing URL {url} has a query or fragment.</source>
        <translation>Pairing 地址 {url} 含有查询或片段。</translation>
    </message>
    <message>
        <source>The Pairing URL must not contain a user name or password.</source>
        <translation>Pairing 地址不得包含用户名或密码。</translation>
    </message>
    <message>
        <source>Checking the secret of</source>
        <translation>检查密钥：</translation>
    </message>
    <message>
        <source>Checking the secret of device {device}</source>
        <translation>检查设备 {device} 的密钥</translation>
    </message>
    <message>
        <source>Checking Pairing&apos;s health</source>
        <translation>检查 Pairing 的健康状态</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>正在测试连接</translation>
    </message>
    <message>
        <source>Registering</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Registering device {device}</source>
        <translation>注册设备 {device}</translation>
    </message>
    <message>
        <source>Unregistering</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>Unregistering device {device}</source>
        <translation>注销设备 {device}</translation>
    </message>
    <message>
        <source>Reading Pairing&apos;s version</source>
        <translation>读取 Pairing 的版本</translation>
    </message>
    <message>
        <source>The CA bundle {path} does not exist.</source>
        <translation>CA 证书包 {path} 不存在。</translation>
    </message>
    <message>
        <source>Fix the target&apos;s CA bundle path, or remove it to use the system&apos;s trusted CAs only.</source>
        <translation>请更正目标的 CA 证书包路径，或将其删除以仅使用系统信任的 CA。</translation>
    </message>
    <message>
        <source>The CA bundle {path} could not be loaded ({kind}): it must hold PEM certificates.</source>
        <translation>无法加载 CA 证书包 {path}（{kind}）：它必须包含 PEM 证书。</translation>
    </message>
    <message>
        <source>Export the CA certificates of the Astarte ingress as PEM.</source>
        <translation>请将 Astarte 入口的 CA 证书导出为 PEM。</translation>
    </message>
    <message>
        <source>The certificate of {host} failed verification: {detail}.</source>
        <translation>{host} 的证书未通过验证：{detail}。</translation>
    </message>
    <message>
        <source>Ask the Astarte operator to check the ingress certificate.</source>
        <translation>请让 Astarte 运维人员检查入口证书。</translation>
    </message>
    <message>
        <source>The certificate of {host} (or its CA) has expired.</source>
        <translation>{host} 的证书（或其 CA）已过期。</translation>
    </message>
    <message>
        <source>Ask the Astarte operator to renew the ingress certificate; also check this PC&apos;s clock.</source>
        <translation>请让 Astarte 运维人员更新入口证书；同时检查本机时钟。</translation>
    </message>
    <message>
        <source>The TLS handshake with {host} failed ({reason}).</source>
        <translation>与 {host} 的 TLS 握手失败（{reason}）。</translation>
    </message>
    <message>
        <source>Check the Pairing URL and port, and that the server supports TLS 1.2 or newer.</source>
        <translation>请检查 Pairing 地址和端口，以及服务器是否支持 TLS 1.2 或更高版本。</translation>
    </message>
    <message>
        <source>The certificate presented by {host} is for another host name or IP address.</source>
        <translation>{host} 提供的证书属于另一个主机名或 IP 地址。</translation>
    </message>
    <message>
        <source>Use the host name the certificate was issued for in the Pairing URL.</source>
        <translation>请在 Pairing 地址中使用证书签发时对应的主机名。</translation>
    </message>
    <message>
        <source>{host} did not answer with TLS.</source>
        <translation>{host} 未使用 TLS 应答。</translation>
    </message>
    <message>
        <source>If the Pairing service is reached directly without TLS, write the URL with http://; otherwise check the port.</source>
        <translation>如果直接访问 Pairing 服务而不经 TLS，请将地址写成 http://；否则请检查端口。</translation>
    </message>
    <message>
        <source>The certificate of {host} is not valid yet.</source>
        <translation>{host} 的证书尚未生效。</translation>
    </message>
    <message>
        <source>Check this PC&apos;s clock and time zone.</source>
        <translation>请检查本机的时钟和时区。</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs and {path}</source>
        <translation>系统信任的 CA 和 {path}</translation>
    </message>
    <message>
        <source>the system&apos;s trusted CAs</source>
        <translation>系统信任的 CA</translation>
    </message>
    <message>
        <source>The certificate of {host} is not signed by a CA this station trusts ({trusted}).</source>
        <translation>{host} 的证书并非由本工位信任的 CA 签名（{trusted}）。</translation>
    </message>
    <message>
        <source>Set the target&apos;s CA bundle to the CA that signed the Astarte ingress certificate; if the CA is the right one, this may be an interception proxy.</source>
        <translation>请将目标的 CA 证书包设为签发 Astarte 入口证书的 CA；如果 CA 无误，则可能存在拦截代理。</translation>
    </message>
    <message>
        <source>The token lifetime {ttl} s is outside {low} to {high} s.</source>
        <translation>令牌有效期 {ttl} 秒不在 {low} 到 {high} 秒之间。</translation>
    </message>
    <message>
        <source>Set the target&apos;s token_ttl_s to a value from {low} to {high} (docs/configuration.md).</source>
        <translation>请将目标的 token_ttl_s 设为 {low} 到 {high} 之间的值（docs/configuration.md）。</translation>
    </message>
    <message>
        <source>the fixture</source>
        <translation>夹具</translation>
    </message>
    <message>
        <source>slot {slot}</source>
        <translation>槽位 {slot}</translation>
    </message>
    <message>
        <source>Device {device} in slot {slot} already passed for realm {realm}.</source>
        <translation>槽位 {slot} 中的设备 {device} 已在领域 {realm} 中通过。</translation>
    </message>
    <message>
        <source>Set the device in slot {slot} aside; provisioning it again needs a supervisor override.</source>
        <translation>将槽位 {slot} 中的设备放到一边；重新配置需要主管授权。</translation>
    </message>
    <message>
        <source>Device {device} in slot {slot} is being provisioned in slot {other} right now.</source>
        <translation>槽位 {slot} 中的设备 {device} 此刻正在槽位 {other} 中配置。</translation>
    </message>
    <message>
        <source>Remove the device from slot {slot}; two devices with one identity need a supervisor check (cloned serial?).</source>
        <translation>从槽位 {slot} 取出设备；两台设备同一身份需要主管检查（序列号被克隆？）。</translation>
    </message>
    <message>
        <source>The device in slot {slot} reports an unusable device ID: {reason}</source>
        <translation>槽位 {slot} 中的设备报告的设备 ID 无法使用：{reason}</translation>
    </message>
    <message>
        <source>Set the device in slot {slot} aside for a firmware check. {action}</source>
        <translation>将槽位 {slot} 中的设备放到一边，进行固件检查。{action}</translation>
    </message>
    <message>
        <source>The device in slot {slot} did not report an Astarte device ID, and this target takes the ID from the device.</source>
        <translation>槽位 {slot} 中的设备未报告 Astarte 设备 ID，而此目标从设备获取 ID。</translation>
    </message>
    <message>
        <source>Check the firmware of the device in slot {slot}, or ask the supervisor to set the target&apos;s device-ID rule to derive IDs (uuid5).</source>
        <translation>请检查槽位 {slot} 中设备的固件，或请主管将目标的设备 ID 规则设为派生 ID（uuid5）。</translation>
    </message>
    <message>
        <source>The target derives device IDs but has no namespace UUID configured.</source>
        <translation>此目标派生设备 ID，但未配置命名空间 UUID。</translation>
    </message>
    <message>
        <source>Ask the supervisor to set the target&apos;s device-ID namespace.</source>
        <translation>请主管设置目标的设备 ID 命名空间。</translation>
    </message>
    <message>
        <source>The device in slot {slot} has no hardware serial to derive its ID from.</source>
        <translation>槽位 {slot} 中的设备没有可用于派生 ID 的硬件序列号。</translation>
    </message>
    <message>
        <source>Check the firmware of the device in slot {slot}, or ask the supervisor to derive IDs from the hardware id instead.</source>
        <translation>请检查槽位 {slot} 中设备的固件，或请主管改为从硬件 ID 派生 ID。</translation>
    </message>
    <message>
        <source>Serial {serial} of the device in slot {slot} is not allowed for this target.</source>
        <translation>槽位 {slot} 中设备的序列号 {serial} 不允许用于此目标。</translation>
    </message>
    <message>
        <source>Check that the device in slot {slot} belongs to this batch; the supervisor sets the allowed serials.</source>
        <translation>请确认槽位 {slot} 中的设备属于本批次；允许的序列号由主管设置。</translation>
    </message>
    <message>
        <source>The device in slot {slot} has {kind} storage; this target accepts {accepted}.</source>
        <translation>槽位 {slot} 中的设备存储类型为 {kind}；此目标接受 {accepted}。</translation>
    </message>
    <message>
        <source>Check that the device in slot {slot} is the right model for this target.</source>
        <translation>请确认槽位 {slot} 中的设备是此目标的正确型号。</translation>
    </message>
    <message>
        <source>{holders} is probing the port of {who} ({path}).</source>
        <translation>{holders} 正在探测 {who} 的端口（{path}）。</translation>
    </message>
    <message>
        <source>install the station&apos;s udev rules (they tell ModemManager to ignore fixture adapters) and replug the fixture, or stop it: sudo systemctl stop ModemManager</source>
        <translation>安装工位的 udev 规则（让 ModemManager 忽略夹具适配器）并重新插入夹具，或停止它：sudo systemctl stop ModemManager</translation>
    </message>
    <message>
        <source>The port of {who} ({path}) is open in {holders}.</source>
        <translation>{who} 的端口（{path}）已在 {holders} 中打开。</translation>
    </message>
    <message>
        <source>close that program (a serial terminal or another station) and retry</source>
        <translation>关闭该程序（串口终端或另一个工位）后重试</translation>
    </message>
    <message>
        <source>The port for {who} ({binding}) does not exist.</source>
        <translation>{who} 的端口（{binding}）不存在。</translation>
    </message>
    <message>
        <source>check that the fixture for {who} is connected and powered, and that the station&apos;s udev rules are installed</source>
        <translation>检查 {who} 的夹具是否已连接并通电，以及工位的 udev 规则是否已安装</translation>
    </message>
    <message>
        <source>this slot</source>
        <translation>此槽位</translation>
    </message>
    <message>
        <source>The port of {who} ({path}) is in use by a program this user cannot see.</source>
        <translation>{who} 的端口（{path}）正被当前用户看不到的程序占用。</translation>
    </message>
    <message>
        <source>close any serial terminal or other station on this PC, or replug the fixture</source>
        <translation>关闭本机上的所有串口终端或其他工位，或重新插入夹具</translation>
    </message>
    <message>
        <source>No serial port is present at {who}&apos;s USB location ({binding}).</source>
        <translation>{who} 的 USB 位置上没有串口（{binding}）。</translation>
    </message>
    <message>
        <source>plug the fixture&apos;s USB cable for {who} back in / check the hub and its power supply</source>
        <translation>重新插好 {who} 的夹具 USB 线 / 检查集线器及其电源</translation>
    </message>
    <message>
        <source>print head open</source>
        <translation>打印头打开</translation>
    </message>
    <message>
        <source>The label printer at {where} answered its status request with something that is not a Zebra status.</source>
        <translation>位于 {where} 的标签打印机对状态查询的应答不是 Zebra 状态。</translation>
    </message>
    <message>
        <source>Check that the configured address is the label printer.</source>
        <translation>请确认配置的地址是标签打印机。</translation>
    </message>
    <message>
        <source>out of labels</source>
        <translation>标签用完</translation>
    </message>
    <message>
        <source>out of ribbon</source>
        <translation>色带用完</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>The label printer at {where} is {problems}.</source>
        <translation>位于 {where} 的标签打印机：{problems}。</translation>
    </message>
    <message>
        <source>Fix the printer (load labels or ribbon, close the head, unpause it), then reprint the label from the slot.</source>
        <translation>请处理打印机（装入标签或色带、合上打印头、取消暂停），然后从该槽位重新打印标签。</translation>
    </message>
    <message>
        <source>The label printer at {where} did not report its status within {timeout} s; it stays silent while out of labels or ribbon or with its head open.</source>
        <translation>位于 {where} 的标签打印机未在 {timeout} 秒内报告状态；标签或色带用完、打印头打开时它不会应答。</translation>
    </message>
    <message>
        <source>Check the printer&apos;s display and lights, fix it, then reprint the label.</source>
        <translation>请查看打印机的显示屏和指示灯，排除问题后重新打印标签。</translation>
    </message>
    <message>
        <source>The label printer at {where} cannot be reached ({reason}).</source>
        <translation>无法连接位于 {where} 的标签打印机（{reason}）。</translation>
    </message>
    <message>
        <source>Check that the printer is on and its network cable is in, then reprint the label.</source>
        <translation>请确认打印机已开机且网线已插好，然后重新打印标签。</translation>
    </message>
    <message>
        <source>Interrupted attempt found; press Start to resume.</source>
        <translation>发现中断的尝试；按“开始”继续。</translation>
    </message>
    <message>
        <source>Press Start on slot {slot} with the same device in it: the station checks what reached its storage and resumes, or registers it again, as needed.</source>
        <translation>在槽位 {slot} 中放入同一台设备并按“开始”：工位会检查其存储中已写入的内容，并按需继续或重新注册。</translation>
    </message>
    <message>
        <source>Fixture {fixture} has no slot {slot}.</source>
        <translation>夹具 {fixture} 没有槽位 {slot}。</translation>
    </message>
    <message>
        <source>Use one of: {slots}.</source>
        <translation>请使用其中之一：{slots}。</translation>
    </message>
    <message>
        <source>{message} — {action}</source>
        <translation>{message} — {action}</translation>
    </message>
    <message>
        <source>Set the device from slot {slot} aside and look it up in the journal.</source>
        <translation>将槽位 {slot} 中的设备放到一边，并在日志中查找。</translation>
    </message>
    <message>
        <source>Slot {slot}: {message}</source>
        <translation>槽位 {slot}：{message}</translation>
    </message>
    <message>
        <source>Provision the device in slot {slot} again.</source>
        <translation>重新配置槽位 {slot} 中的设备。</translation>
    </message>
    <message>
        <source>Take the device out of slot {slot} and put it in the SCRAP bin.</source>
        <translation>将设备从槽位 {slot} 取出，放入报废箱。</translation>
    </message>
    <message>
        <source>{action} Then provision the device in slot {slot} again.</source>
        <translation>{action} 然后重新配置槽位 {slot} 中的设备。</translation>
    </message>
    <message>
        <source>The device in {place} gave an answer to {command} the station does not understand: {detail}.</source>
        <translation>{place} 中的设备对 {command} 的应答工位无法理解：{detail}。</translation>
    </message>
    <message>
        <source>The device firmware does not match this station: stop the line and call the supervisor.</source>
        <translation>设备固件与本工位不匹配：请停线并呼叫主管。</translation>
    </message>
    <message>
        <source>Write-once storage already holds a different record and cannot take another.</source>
        <translation>一次性写入存储中已有另一条记录，无法再写入。</translation>
    </message>
    <message>
        <source>Do not retry: mark the unit SCRAP (or send it to rework if its storage is rewritable).</source>
        <translation>不要重试：将该设备标记为报废（如果其存储可重写，则送去返工）。</translation>
    </message>
    <message>
        <source>The device rejected the record as malformed (a missing field or a wrong length).</source>
        <translation>设备拒绝了该记录，认为其格式错误（缺少字段或长度错误）。</translation>
    </message>
    <message>
        <source>This is a station or firmware mismatch: stop the line and call the supervisor.</source>
        <translation>工位与固件不匹配：请停线并呼叫主管。</translation>
    </message>
    <message>
        <source>The device has left factory mode (it is locked), so it refuses write and reveal.</source>
        <translation>设备已退出工厂模式（已锁定），因此拒绝写入和读出。</translation>
    </message>
    <message>
        <source>This unit is already provisioned and locked; set it aside and check it in the journal.</source>
        <translation>该设备已配置并锁定；请放到一边并在日志中查看。</translation>
    </message>
    <message>
        <source>The device has no record to reveal.</source>
        <translation>设备没有可读出的记录。</translation>
    </message>
    <message>
        <source>Provision the device again from the start.</source>
        <translation>从头重新配置设备。</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>成功。</translation>
    </message>
    <message>
        <source>The device&apos;s storage holds a partial record (power was lost while programming).</source>
        <translation>设备存储中有不完整的记录（编程时断电）。</translation>
    </message>
    <message>
        <source>Write-once storage: mark the unit SCRAP. Rewritable: provision it again.</source>
        <translation>一次性写入存储：将该设备标记为报废。可重写存储：重新配置。</translation>
    </message>
    <message>
        <source>The device reported an unspecified error.</source>
        <translation>设备报告了未指明的错误。</translation>
    </message>
    <message>
        <source>Power-cycle the device and try again; if it repeats, set the unit aside for rework.</source>
        <translation>将设备断电重启后重试；如果再次发生，请将该设备放到一边送去返工。</translation>
    </message>
    <message>
        <source>The device in {place} refused {command}: {meaning}</source>
        <translation>{place} 中的设备拒绝了 {command}：{meaning}</translation>
    </message>
    <message>
        <source>The device in {place} refused {command}: {meaning} (rc {rc})</source>
        <translation>{place} 中的设备拒绝了 {command}：{meaning}（rc {rc}）</translation>
    </message>
    <message>
        <source>The {command} request for the device in {place} is {size} bytes, but the device takes at most {limit}; nothing was sent to it.</source>
        <translation>发往 {place} 中设备的 {command} 请求为 {size} 字节，但设备最多接受 {limit} 字节；未向其发送任何内容。</translation>
    </message>
    <message>
        <source>The target&apos;s realm and Pairing URL are too long for this device&apos;s firmware: stop the line and ask the supervisor to shorten them.</source>
        <translation>目标的领域名称和 Pairing URL 对该设备的固件来说过长：请停线并请主管将其缩短。</translation>
    </message>
    <message>
        <source>message of {size} bytes is shorter than an SMP header</source>
        <translation>{size} 字节的消息短于 SMP 报头</translation>
    </message>
    <message>
        <source>body has bytes after its CBOR item</source>
        <translation>消息体在其 CBOR 项之后还有多余字节</translation>
    </message>
    <message>
        <source>No answer to {command} from the device in {place}, so it is unknown whether it took effect ({cause})</source>
        <translation>{place} 中的设备未应答 {command}，因此不确定是否已生效（{cause}）</translation>
    </message>
    <message>
        <source>Do not start again blindly: reseat the device in {place} if needed and let the station re-read its state.</source>
        <translation>不要盲目重新开始：如有需要重新插好 {place} 中的设备，让工位重新读取其状态。</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Reading identity</source>
        <translation>读取身份</translation>
    </message>
    <message>
        <source>Locking</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Checking policy</source>
        <translation>检查策略</translation>
    </message>
    <message>
        <source>Checking the write</source>
        <translation>检查写入</translation>
    </message>
    <message>
        <source>Recording in journal</source>
        <translation>写入日志</translation>
    </message>
    <message>
        <source>Registering with Astarte</source>
        <translation>在 Astarte 注册</translation>
    </message>
    <message>
        <source>Verifying with Astarte</source>
        <translation>与 Astarte 核实</translation>
    </message>
    <message>
        <source>Writing credentials</source>
        <translation>写入凭据</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>reading identity</source>
        <translation>读取身份</translation>
    </message>
    <message>
        <source>locking</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>checking policy</source>
        <translation>检查策略</translation>
    </message>
    <message>
        <source>checking the write</source>
        <translation>检查写入</translation>
    </message>
    <message>
        <source>recording in journal</source>
        <translation>记录到日志</translation>
    </message>
    <message>
        <source>registering with astarte</source>
        <translation>在 Astarte 注册</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>verifying with astarte</source>
        <translation>通过 Astarte 验证</translation>
    </message>
    <message>
        <source>writing credentials</source>
        <translation>写入凭据</translation>
    </message>
    <message>
        <source>The device changed its identity during the attempt.</source>
        <translation>设备在尝试过程中改变了身份。</translation>
    </message>
    <message>
        <source>Set the device aside for a firmware check; if it was swapped during the attempt, provision the device in the slot again.</source>
        <translation>将设备放到一边进行固件检查；如果尝试过程中更换了设备，请重新配置槽位中的设备。</translation>
    </message>
    <message>
        <source>After the write, the device reports a digest that is not the secret just written.</source>
        <translation>写入后，设备报告的摘要与刚写入的密钥不符。</translation>
    </message>
    <message>
        <source>The device revealed a secret that does not match the digest it reports.</source>
        <translation>设备透露的密钥与其报告的摘要不符。</translation>
    </message>
    <message>
        <source>The write to the device was interrupted and its storage changed.</source>
        <translation>对设备的写入被中断，其存储已改变。</translation>
    </message>
    <message>
        <source>No answer to the write: it is unknown whether it took effect.</source>
        <translation>写入无应答：不确定是否已生效。</translation>
    </message>
    <message>
        <source>Do not start again blindly: reseat the device if needed and let the station re-read its state.</source>
        <translation>不要盲目重新启动：如有需要重新插好设备，让工位重新读取其状态。</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>{what} is signed with {algorithm}; Pairing accepts only {allowed}.</source>
        <translation>{what}使用 {algorithm} 签名；Pairing 只接受 {allowed}。</translation>
    </message>
    <message>
        <source>Mint the token with the realm&apos;s private key (astartectl utils gen-jwt pairing).</source>
        <translation>请用领域的私钥生成令牌（astartectl utils gen-jwt pairing）。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Ask for a new token.</source>
        <translation>请申请新的令牌。</translation>
    </message>
    <message>
        <source>The token&apos;s {claim} claim is not a number of seconds.</source>
        <translation>令牌的 {claim} 声明不是秒数。</translation>
    </message>
    <message>
        <source>Check the token command of this target ({name}) by running it by hand.</source>
        <translation>请手动运行此目标的令牌命令（{name}）进行检查。</translation>
    </message>
    <message>
        <source>The token command {name} failed with exit status {status}.</source>
        <translation>令牌命令 {name} 失败，退出状态 {status}。</translation>
    </message>
    <message>
        <source>The token command {name} failed with exit status {status}: {said}</source>
        <translation>令牌命令 {name} 失败，退出状态 {status}：{said}</translation>
    </message>
    <message>
        <source>{algorithm} from {name}, current token expired; a new one is fetched when needed</source>
        <translation>{algorithm}，来自 {name}，当前令牌已过期；需要时会获取新令牌</translation>
    </message>
    <message>
        <source>{algorithm} from {name}, current token expires in {left}; a new one is fetched when needed</source>
        <translation>{algorithm}，来自 {name}，当前令牌{left}后过期；需要时会获取新令牌</translation>
    </message>
    <message>
        <source>The token command {name} printed {n} lines; it must print exactly one line: the token.</source>
        <translation>令牌命令 {name} 输出了 {n} 行；它必须只输出一行：令牌。</translation>
    </message>
    <message>
        <source>{algorithm} from {name}, no expiry</source>
        <translation>{algorithm}，来自 {name}，无过期时间</translation>
    </message>
    <message>
        <source>The token command {name} could not be started: {reason}.</source>
        <translation>令牌命令 {name} 无法启动：{reason}。</translation>
    </message>
    <message>
        <source>Check the token command of this target ({name}) by running it by hand. It must print only the token.</source>
        <translation>请手动运行此目标的令牌命令（{name}）进行检查。它必须只输出令牌。</translation>
    </message>
    <message>
        <source>runs {name} when a token is needed</source>
        <translation>需要令牌时运行 {name}</translation>
    </message>
    <message>
        <source>The token command {name} did not finish within {seconds} s and was stopped.</source>
        <translation>令牌命令 {name} 未在 {seconds} 秒内完成，已被停止。</translation>
    </message>
    <message>
        <source>The token command {name} printed more than {kib} KiB and was stopped; a token is a few hundred bytes.</source>
        <translation>令牌命令 {name} 输出超过 {kib} KiB，已被停止；令牌只有几百字节。</translation>
    </message>
    <message>
        <source>{what} is empty.</source>
        <translation>{what}为空。</translation>
    </message>
    <message>
        <source>{what} has expired (at {when} UTC).</source>
        <translation>{what}已过期（{when} UTC）。</translation>
    </message>
    <message>
        <source>{what} has expired (at {when} UTC); it was not stored.</source>
        <translation>{what}已过期（{when} UTC），未保存。</translation>
    </message>
    <message>
        <source>{what} expires in seconds (at {when} UTC).</source>
        <translation>{what}将在几秒内过期（{when} UTC）。</translation>
    </message>
    <message>
        <source>{what} expires within seconds (at {when} UTC); it was not stored.</source>
        <translation>{what}将在几秒内过期（{when} UTC），未保存。</translation>
    </message>
    <message>
        <source>{algorithm}, expired: a supervisor must set a new token</source>
        <translation>{algorithm}，已过期：需由主管设置新令牌</translation>
    </message>
    <message>
        <source>{algorithm}, expires in {left}, allows {allows}</source>
        <translation>{algorithm}，{left}后过期，允许 {allows}</translation>
    </message>
    <message>
        <source>{algorithm}, expires in {left}, allows {allows}: ask a supervisor for a new token soon</source>
        <translation>{algorithm}，{left}后过期，允许 {allows}：请尽快向主管申请新令牌</translation>
    </message>
    <message>
        <source>{algorithm}, never expires, allows {allows}</source>
        <translation>{algorithm}，永不过期，允许 {allows}</translation>
    </message>
    <message>
        <source>Provide the JWT itself: three base64url parts separated by dots, no &apos;Bearer &apos; prefix.</source>
        <translation>请提供 JWT 本身：三段以点分隔的 base64url，不带 &apos;Bearer &apos; 前缀。</translation>
    </message>
    <message>
        <source>A supervisor provides a new token (station target set-token).</source>
        <translation>由主管提供新的令牌（station target set-token）。</translation>
    </message>
    <message>
        <source>no algorithm</source>
        <translation>无算法</translation>
    </message>
    <message>
        <source>{what} is not a readable JWT.</source>
        <translation>{what}不是可读的 JWT。</translation>
    </message>
    <message>
        <source>{what} is not valid before {when} UTC, and Pairing allows no clock skew.</source>
        <translation>{what}在 {when} UTC 之前无效，且 Pairing 不允许时钟偏差。</translation>
    </message>
    <message>
        <source>Check this PC&apos;s clock, or ask for a token without an &apos;nbf&apos; claim.</source>
        <translation>请检查本机时钟，或申请不带 &apos;nbf&apos; 声明的令牌。</translation>
    </message>
    <message>
        <source>{key} key; each call gets its own token valid {ttl} s</source>
        <translation>{key} 密钥；每次调用获取各自的令牌，有效期 {ttl} 秒</translation>
    </message>
    <message>
        <source>{what} does not allow {scope} (its a_pa claim allows: {allowed}).</source>
        <translation>{what}不允许 {scope}（其 a_pa 声明允许：{allowed}）。</translation>
    </message>
    <message>
        <source>Ask for a token whose a_pa includes {claim}.</source>
        <translation>请申请 a_pa 包含 {claim} 的令牌。</translation>
    </message>
    <message>
        <source>{what} contains spaces or line breaks.</source>
        <translation>{what}包含空格或换行。</translation>
    </message>
    <message>
        <source>unusable ({kind})</source>
        <translation>不可用（{kind}）</translation>
    </message>
    <message>
        <source>The token printed by {name}</source>
        <translation>{name} 输出的令牌</translation>
    </message>
    <message>
        <source>The token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>The issued token</source>
        <translation>已签发令牌</translation>
    </message>
    <message>
        <source>The issued token of target {target}</source>
        <translation>目标 {target} 的已签发令牌</translation>
    </message>
    <message>
        <source>The pasted token</source>
        <translation>粘贴的令牌</translation>
    </message>
    <message>
        <source>The token on standard input</source>
        <translation>标准输入上的令牌</translation>
    </message>
    <message>
        <source>all off</source>
        <translation>全部熄灭</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}、{rest}</translation>
    </message>
    <message numerus="yes">
        <source>Port binding {binding} matches %n ports ({devices}).</source>
        <translation>
            <numerusform>端口绑定 {binding} 匹配 %n 个端口（{devices}）。</numerusform>
        </translation>
    </message>
    <message>
        <source>add the interface number or use the full USB location from `station fixture list-ports`</source>
        <translation>请添加接口号，或使用 `station fixture list-ports` 中完整的 USB location</translation>
    </message>
    <message>
        <source>write the slot&apos;s port path as `station fixture list-ports` shows it</source>
        <translation>请按 `station fixture list-ports` 显示的形式写出槽位的端口路径</translation>
    </message>
    <message>
        <source>USB location {location} is neither a sysfs location (1-1.2 or 1-1.2:1.0) nor a udev ID_PATH (pci-0000:00:14.0-usb-0:1.2:1.0).</source>
        <translation>USB location {location} 既不是 sysfs 位置（1-1.2 或 1-1.2:1.0），也不是 udev ID_PATH（pci-0000:00:14.0-usb-0:1.2:1.0）。</translation>
    </message>
    <message>
        <source>copy the location from `station fixture list-ports`</source>
        <translation>请从 `station fixture list-ports` 复制 location</translation>
    </message>
    <message>
        <source>USB serial number {serial} is empty or holds a comma, &apos;=&apos; or a space.</source>
        <translation>USB 序列号 {serial} 为空，或包含逗号、&apos;=&apos; 或空格。</translation>
    </message>
    <message>
        <source>bind this slot by its USB location instead</source>
        <translation>请改用 USB location 绑定此槽位</translation>
    </message>
    <message>
        <source>Port path {path} holds a control character (a line break, a tab, ...).</source>
        <translation>端口路径 {path} 包含控制字符（换行、制表符等）。</translation>
    </message>
    <message>
        <source>Port {path} is a kernel enumeration name: the number changes when adapters are replugged or the PC restarts, so the slot would follow the plug order instead of the physical place.</source>
        <translation>端口 {path} 是内核枚举名称：重新插拔适配器或重启电脑后编号会变，槽位会跟随插入顺序而不是物理位置。</translation>
    </message>
    <message>
        <source>bind the slot by its USB path: /dev/serial/by-path/..., usb:location=... or /dev/provisioning/&lt;fixture&gt;/slotN (see `station fixture list-ports` and `station fixture learn`)</source>
        <translation>请按 USB 路径绑定槽位：/dev/serial/by-path/...、usb:location=... 或 /dev/provisioning/&lt;fixture&gt;/slotN（参见 `station fixture list-ports` 和 `station fixture learn`）</translation>
    </message>
    <message>
        <source>USB {key} {value} is out of range.</source>
        <translation>USB {key} {value} 超出范围。</translation>
    </message>
    <message>
        <source>use 4 hex digits</source>
        <translation>请使用 4 位十六进制数</translation>
    </message>
    <message>
        <source>USB interface {value} is out of range.</source>
        <translation>USB 接口 {value} 超出范围。</translation>
    </message>
    <message>
        <source>use a number from 0 to 255</source>
        <translation>请使用 0 到 255 之间的数字</translation>
    </message>
    <message>
        <source>usb port binding names {key} twice.</source>
        <translation>usb 端口绑定两次指定了 {key}。</translation>
    </message>
    <message>
        <source>keep one</source>
        <translation>请只保留一个</translation>
    </message>
    <message>
        <source>Port path {path} is not absolute.</source>
        <translation>端口路径 {path} 不是绝对路径。</translation>
    </message>
    <message>
        <source>write the full path, starting with /dev/</source>
        <translation>请写出以 /dev/ 开头的完整路径</translation>
    </message>
    <message>
        <source>USB {key} {value} is not a hexadecimal number.</source>
        <translation>USB {key} {value} 不是十六进制数。</translation>
    </message>
    <message>
        <source>write it as 4 hex digits: {key}=0403</source>
        <translation>请写成 4 位十六进制数：{key}=0403</translation>
    </message>
    <message>
        <source>usb port binding item {item} is not KEY=VALUE.</source>
        <translation>usb 端口绑定项 {item} 不是 KEY=VALUE 形式。</translation>
    </message>
    <message>
        <source>use keys from {keys}, e.g. usb:location=1-1.2:1.0</source>
        <translation>请使用 {keys} 中的键，例如 usb:location=1-1.2:1.0</translation>
    </message>
    <message>
        <source>USB {key} {value} is not a number.</source>
        <translation>USB {key} {value} 不是数字。</translation>
    </message>
    <message>
        <source>write the interface number: {key}=2</source>
        <translation>请写出接口编号：{key}=2</translation>
    </message>
    <message>
        <source>A {kind} port binding holds exactly one path.</source>
        <translation>{kind} 端口绑定只能包含一个路径。</translation>
    </message>
    <message>
        <source>write the slot&apos;s port as a single absolute path</source>
        <translation>请将槽位的端口写成单个绝对路径</translation>
    </message>
    <message>
        <source>Port path {path} is longer than {limit} characters, which no path is.</source>
        <translation>端口路径 {path} 超过 {limit} 个字符，任何路径都不会这么长。</translation>
    </message>
    <message>
        <source>Port binding {binding} is neither an absolute path nor usb:KEY=VALUE,...</source>
        <translation>端口绑定 {binding} 既不是绝对路径，也不是 usb:KEY=VALUE,...</translation>
    </message>
    <message>
        <source>write /dev/serial/by-path/..., /dev/provisioning/&lt;fixture&gt;/slotN or usb:location=&lt;USB path&gt;</source>
        <translation>请写成 /dev/serial/by-path/...、/dev/provisioning/&lt;fixture&gt;/slotN 或 usb:location=&lt;USB 路径&gt;</translation>
    </message>
    <message>
        <source>usb port binding has an unknown key {key}.</source>
        <translation>usb 端口绑定含有未知的键 {key}。</translation>
    </message>
    <message>
        <source>use keys from {keys}</source>
        <translation>请使用 {keys} 中的键</translation>
    </message>
    <message>
        <source>A usb port binding needs a location, or both vid and pid.</source>
        <translation>usb 端口绑定需要 location，或同时提供 vid 和 pid。</translation>
    </message>
    <message>
        <source>write usb:location=&lt;USB path&gt; (see `station fixture list-ports`)</source>
        <translation>请写成 usb:location=&lt;USB 路径&gt;（参见 `station fixture list-ports`）</translation>
    </message>
    <message>
        <source>A usb port binding has no path.</source>
        <translation>usb 端口绑定不含路径。</translation>
    </message>
    <message>
        <source>remove the path</source>
        <translation>请删除路径</translation>
    </message>
    <message>
        <source>Port binding {binding} is a {expected} binding, not {kind}.</source>
        <translation>端口绑定 {binding} 是 {expected} 绑定，而不是 {kind}。</translation>
    </message>
    <message>
        <source>use PortBinding.parse() to build bindings from text</source>
        <translation>请使用 PortBinding.parse() 从文本构建绑定</translation>
    </message>
    <message>
        <source>{where} is an empty file (0 bytes), not a journal: it was cut short or created by something else. The station does not start a new journal in its place.</source>
        <translation>{where} 是空文件（0 字节），不是日志：它被截断了，或由其他程序创建。工位不会在其位置新建日志。</translation>
    </message>
    <message>
        <source>Restore the journal from its backup (then check it with `station journal verify`); if this station has never provisioned a device, delete the empty file instead.</source>
        <translation>请从备份恢复日志（然后用 `station journal verify` 检查）；如果此工位从未配置过设备，请改为删除该空文件。</translation>
    </message>
    <message>
        <source>{where} is a folder; it must name the journal file.</source>
        <translation>{where} 是文件夹；它必须指向日志文件。</translation>
    </message>
    <message>
        <source>Set journal_path to a file in that folder, e.g. {example}, in {source}.</source>
        <translation>请在 {source} 中把 journal_path 设为该文件夹中的文件，例如 {example}。</translation>
    </message>
    <message>
        <source>There is no configuration at {path}.</source>
        <translation>{path} 处没有配置。</translation>
    </message>
    <message>
        <source>Give the configuration file with --config FILE, or ask the supervisor to set up this station (docs/configuration.md shows a complete example).</source>
        <translation>请用 --config FILE 指定配置文件，或请主管设置此工位（docs/configuration.md 有完整示例）。</translation>
    </message>
    <message>
        <source>{source} was written by a newer station version (configuration schema {version}; this station understands up to {known}). It has not been changed.</source>
        <translation>{source} 由更新版本的工位写入（配置模式 {version}；此工位最多理解到 {known}）。该文件未被修改。</translation>
    </message>
    <message>
        <source>Upgrade the station software on this PC.</source>
        <translation>请升级本机的工位软件。</translation>
    </message>
    <message>
        <source>Cannot back up {path} before migrating it ({reason}); it was not changed.</source>
        <translation>迁移前无法备份 {path}（{reason}）；该文件未被修改。</translation>
    </message>
    <message>
        <source>Make the configuration folder writable, then start the station again.</source>
        <translation>请使配置文件夹可写，然后重新启动工位。</translation>
    </message>
    <message>
        <source>There is no fixture {name} in the configuration.</source>
        <translation>配置中没有夹具 {name}。</translation>
    </message>
    <message>
        <source>There is no target {name} in the configuration.</source>
        <translation>配置中没有目标 {name}。</translation>
    </message>
    <message>
        <source>There is no target {name} in the configuration; nothing was stored.</source>
        <translation>配置中没有目标 {name}；未保存任何内容。</translation>
    </message>
    <message>
        <source>Use one of: {targets}, or create the target first (Roles → Targets and keys…).</source>
        <translation>请使用其中之一：{targets}，或先创建该目标（角色 → 目标和密钥…）。</translation>
    </message>
    <message>
        <source>Target {target} gets its tokens from a command but names none.</source>
        <translation>目标 {target} 从命令获取令牌，但未指定任何命令。</translation>
    </message>
    <message>
        <source>A supervisor sets the target&apos;s token command.</source>
        <translation>由主管设置目标的令牌命令。</translation>
    </message>
    <message>
        <source>Cannot save the configuration to {path} ({reason}); the previous file is unchanged.</source>
        <translation>无法将配置保存到 {path}（{reason}）；原文件未改动。</translation>
    </message>
    <message>
        <source>Check that the configuration folder is writable and the disk has space.</source>
        <translation>请检查配置文件夹是否可写，以及磁盘是否有空间。</translation>
    </message>
    <message>
        <source>{source} is not valid TOML: {detail}.</source>
        <translation>{source} 不是有效的 TOML：{detail}。</translation>
    </message>
    <message>
        <source>Fix the syntax at the line and column shown in {source}.</source>
        <translation>请修正 {source} 中所示行列处的语法。</translation>
    </message>
    <message>
        <source>{source} nests arrays or tables more than {depth} deep; no station setting is shaped like that.</source>
        <translation>{source} 中数组或表的嵌套超过 {depth} 层；没有任何工位设置是这种形式。</translation>
    </message>
    <message>
        <source>Fix {source}: docs/configuration.md shows every setting and its form.</source>
        <translation>请修正 {source}：docs/configuration.md 列出了每项设置及其格式。</translation>
    </message>
    <message>
        <source>Fixture {fixture} names target {target}, which is not configured.</source>
        <translation>夹具 {fixture} 指定的目标 {target} 未配置。</translation>
    </message>
    <message>
        <source>A supervisor sets the fixture&apos;s active target to one of: {targets}.</source>
        <translation>由主管将夹具的活动目标设为以下之一：{targets}。</translation>
    </message>
    <message>
        <source>The configuration {path} cannot be read ({reason}).</source>
        <translation>无法读取配置 {path}（{reason}）。</translation>
    </message>
    <message>
        <source>Check the file&apos;s permissions and that it is UTF-8 text.</source>
        <translation>请检查文件的权限，以及它是否为 UTF-8 文本。</translation>
    </message>
    <message>
        <source>Use one of: {names}.</source>
        <translation>请使用其中之一：{names}。</translation>
    </message>
    <message>
        <source>{source}: `schema_version` = {version} is not a version number (1, 2, ...).</source>
        <translation>{source}：`schema_version` = {version} 不是版本号（1、2……）。</translation>
    </message>
    <message>
        <source>Correct `schema_version` in {source}.</source>
        <translation>请更正 {source} 中的 `schema_version`。</translation>
    </message>
    <message>
        <source>{source}: version-1 configuration has no [fixture] table.</source>
        <translation>{source}：版本 1 配置没有 [fixture] 表。</translation>
    </message>
    <message>
        <source>Add the fixture to {source} or write a new configuration.</source>
        <translation>请在 {source} 中添加夹具，或编写新的配置。</translation>
    </message>
    <message>
        <source>{source}: version-1 configuration has no [[target]] tables.</source>
        <translation>{source}：版本 1 配置没有 [[target]] 表。</translation>
    </message>
    <message>
        <source>Add a target to {source} or write a new configuration.</source>
        <translation>请在 {source} 中添加目标，或编写新的配置。</translation>
    </message>
    <message>
        <source>{source}: `schema_version` is missing; the station cannot tell which layout the file uses.</source>
        <translation>{source}：缺少 `schema_version`；工位无法判断该文件使用哪种结构。</translation>
    </message>
    <message>
        <source>Add `schema_version = 2` at the top of {source} if it follows the current layout.</source>
        <translation>如果 {source} 采用当前结构，请在其开头添加 `schema_version = 2`。</translation>
    </message>
    <message>
        <source>{source}: version-1 configuration has unknown key `{key}`; it cannot be migrated. Allowed there: {allowed}.</source>
        <translation>{source}：版本 1 配置含有未知的键 `{key}`，无法迁移。该处允许：{allowed}。</translation>
    </message>
    <message>
        <source>Remove or correct `{key}` in {source}, then start the station again.</source>
        <translation>请删除或更正 {source} 中的 `{key}`，然后重新启动工位。</translation>
    </message>
    <message>
        <source>{source}: `target[{n}]` has no name.</source>
        <translation>{source}：`target[{n}]` 没有名称。</translation>
    </message>
    <message>
        <source>Name every [[target]] in {source}.</source>
        <translation>请为 {source} 中的每个 [[target]] 命名。</translation>
    </message>
    <message>
        <source>Check the printer and its CUPS queue (lpstat -p {queue}), then reprint the label.</source>
        <translation>请检查打印机及其 CUPS 队列（lpstat -p {queue}），然后重新打印标签。</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} did not print job {job} within {seconds} s, so it was cancelled and cannot print late ({state}).</source>
        <translation>标签打印机的 CUPS 队列 {queue} 未在 {seconds} 秒内打印作业 {job}，该作业已取消，不会延后打印（{state}）。</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} did not answer {command} within {seconds} s.</source>
        <translation>标签打印机的 CUPS 队列 {queue} 未在 {seconds} 秒内响应 {command}。</translation>
    </message>
    <message>
        <source>no state reported</source>
        <translation>未报告状态</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} does not accept jobs.</source>
        <translation>标签打印机的 CUPS 队列 {queue} 不接受作业。</translation>
    </message>
    <message>
        <source>The label goes to CUPS queue {queue}, but the CUPS command {command} is not installed.</source>
        <translation>标签发送到 CUPS 队列 {queue}，但未安装 CUPS 命令 {command}。</translation>
    </message>
    <message>
        <source>Install the CUPS client tools (Debian: cups-client), or set [line] printer to print straight to the printer.</source>
        <translation>请安装 CUPS 客户端工具（Debian：cups-client），或设置 [line] printer 直接打印到打印机。</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} did not take the label (lp said: {said}).</source>
        <translation>标签打印机的 CUPS 队列 {queue} 未接收标签（lp 提示：{said}）。</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} refused {command}: {said}.</source>
        <translation>标签打印机的 CUPS 队列 {queue} 拒绝了 {command}：{said}。</translation>
    </message>
    <message>
        <source>Start it again ({command} {queue}, as the CUPS administrator), then reprint the label.</source>
        <translation>请重新启动它（以 CUPS 管理员身份运行 {command} {queue}），然后重新打印标签。</translation>
    </message>
    <message>
        <source>The label printer&apos;s CUPS queue {queue} is stopped ({state}).</source>
        <translation>标签打印机的 CUPS 队列 {queue} 已停止（{state}）。</translation>
    </message>
    <message>
        <source>The barcode scanner on {port} is back.</source>
        <translation>{port} 上的条码扫描枪已恢复。</translation>
    </message>
    <message>
        <source>The barcode scanner on {port} cannot be read ({reason}).</source>
        <translation>无法读取 {port} 上的条码扫描枪（{reason}）。</translation>
    </message>
    <message>
        <source>Check the scanner&apos;s USB cable and that no other program holds its port, or fix [line] scanner_port; until then use a keyboard scanner or pick slots by hand.</source>
        <translation>请检查扫描枪的 USB 线缆，并确认没有其他程序占用其端口，或修正 [line] scanner_port；在此之前请使用键盘扫描枪或手动选择槽位。</translation>
    </message>
    <message>
        <source>{source}: slot {slot} must be a number mapped to a USB path string.</source>
        <translation>{source}：槽位 {slot} 必须是映射到 USB 路径字符串的数字。</translation>
    </message>
    <message>
        <source>write &quot;1&quot;: &quot;pci-0000:00:14.0-usb-0:1.2:1.0&quot;</source>
        <translation>请写成 &quot;1&quot;: &quot;pci-0000:00:14.0-usb-0:1.2:1.0&quot;</translation>
    </message>
    <message>
        <source>Fixture name {name} cannot be used in a device path.</source>
        <translation>夹具名称 {name} 不能用于设备路径。</translation>
    </message>
    <message>
        <source>use 1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>请使用 1–64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;，并以字母或数字开头</translation>
    </message>
    <message>
        <source>{source} has no &quot;slots&quot;.</source>
        <translation>{source} 没有 &quot;slots&quot;。</translation>
    </message>
    <message>
        <source>record at least one slot</source>
        <translation>请至少记录一个槽位</translation>
    </message>
    <message>
        <source>Slot {slot} is bound to {binding}, which names no udev USB path.</source>
        <translation>槽位 {slot} 绑定到 {binding}，其中没有 udev USB 路径。</translation>
    </message>
    <message>
        <source>bind it to /dev/serial/by-path/... or usb:location=&lt;ID_PATH&gt;, or record the slots with `station fixture learn`</source>
        <translation>请将其绑定到 /dev/serial/by-path/... 或 usb:location=&lt;ID_PATH&gt;，或用 `station fixture learn` 记录槽位</translation>
    </message>
    <message>
        <source>Slot {slot}&apos;s USB path {key} is not a udev ID_PATH of a USB interface (like pci-0000:00:14.0-usb-0:1.2:1.0, optionally ending in -portN).</source>
        <translation>槽位 {slot} 的 USB 路径 {key} 不是 USB 接口的 udev ID_PATH（例如 pci-0000:00:14.0-usb-0:1.2:1.0，可以 -portN 结尾）。</translation>
    </message>
    <message>
        <source>record the slot map with `station fixture learn`, or copy the name from /dev/serial/by-path</source>
        <translation>请用 `station fixture learn` 记录槽位映射，或从 /dev/serial/by-path 复制名称</translation>
    </message>
    <message>
        <source>{source} is not valid JSON: {detail} at line {line}.</source>
        <translation>{source} 不是有效的 JSON：第 {line} 行 {detail}。</translation>
    </message>
    <message>
        <source>fix the file or record it again with `station fixture learn`</source>
        <translation>请修正该文件，或用 `station fixture learn` 重新记录</translation>
    </message>
    <message>
        <source>Slots {first} and {slot} have the same USB path {key}: udev could not tell them apart.</source>
        <translation>槽位 {first} 和 {slot} 的 USB 路径相同（{key}）：udev 无法区分它们。</translation>
    </message>
    <message>
        <source>plug each slot&apos;s adapter into its own USB port; for a multi-port chip whose ports share one USB interface, give each slot its own adapter</source>
        <translation>请将每个槽位的适配器插入各自的 USB 端口；对于多个端口共用一个 USB 接口的多端口芯片，请为每个槽位配备单独的适配器</translation>
    </message>
    <message>
        <source>{source} needs a &quot;fixture&quot; name and a &quot;slots&quot; object.</source>
        <translation>{source} 需要 &quot;fixture&quot; 名称和 &quot;slots&quot; 对象。</translation>
    </message>
    <message>
        <source>write {{&quot;fixture&quot;: &quot;line3&quot;, &quot;slots&quot;: {{&quot;1&quot;: &quot;pci-...-usb-0:1.2:1.0&quot;}}}}</source>
        <translation>请写成 {{&quot;fixture&quot;: &quot;line3&quot;, &quot;slots&quot;: {{&quot;1&quot;: &quot;pci-...-usb-0:1.2:1.0&quot;}}}}</translation>
    </message>
    <message>
        <source>Slot number {slot} is not positive.</source>
        <translation>槽位编号 {slot} 不是正数。</translation>
    </message>
    <message>
        <source>number slots from 1</source>
        <translation>槽位请从 1 开始编号</translation>
    </message>
    <message>
        <source>slot map</source>
        <translation>槽位映射</translation>
    </message>
    <message>
        <source>Cannot read slot map {path}: {reason}.</source>
        <translation>无法读取槽位映射 {path}：{reason}。</translation>
    </message>
    <message>
        <source>check the path</source>
        <translation>请检查路径</translation>
    </message>
    <message>
        <source>The fail sound cannot play: pacat exited with {status}.</source>
        <translation>无法播放失败提示音：pacat 以 {status} 退出。</translation>
    </message>
    <message>
        <source>The fail sound cannot play: {detail}.</source>
        <translation>无法播放失败提示音：{detail}。</translation>
    </message>
    <message>
        <source>Check that the desktop session&apos;s sound server runs and a speaker is connected; the tile still shows FAIL.</source>
        <translation>请检查桌面会话的声音服务器是否在运行、扬声器是否已连接；槽位面板仍会显示“失败”。</translation>
    </message>
    <message>
        <source>The fail sound cannot play: pacat (pulseaudio-utils) is not installed.</source>
        <translation>无法播放失败提示音：未安装 pacat（pulseaudio-utils）。</translation>
    </message>
    <message>
        <source>Ask the administrator to install pulseaudio-utils; the tile still shows FAIL.</source>
        <translation>请让管理员安装 pulseaudio-utils；槽位面板仍会显示“失败”。</translation>
    </message>
    <message>
        <source>The fail sound did not finish playing within {seconds} s.</source>
        <translation>失败提示音未在 {seconds} 秒内播放完毕。</translation>
    </message>
    <message>
        <source>Check the PC&apos;s sound settings; the tile still shows FAIL.</source>
        <translation>请检查本机的声音设置；槽位面板仍会显示“失败”。</translation>
    </message>
    <message>
        <source>The tower light is back.</source>
        <translation>信号塔已恢复。</translation>
    </message>
    <message>
        <source>blue blink</source>
        <translation>蓝灯闪烁</translation>
    </message>
    <message>
        <source>blue steady</source>
        <translation>蓝灯常亮</translation>
    </message>
    <message>
        <source>buzzer blink</source>
        <translation>蜂鸣器间歇鸣响</translation>
    </message>
    <message>
        <source>buzzer steady</source>
        <translation>蜂鸣器常响</translation>
    </message>
    <message>
        <source>green blink</source>
        <translation>绿灯闪烁</translation>
    </message>
    <message>
        <source>green steady</source>
        <translation>绿灯常亮</translation>
    </message>
    <message>
        <source>{where} refused the command (NAK).</source>
        <translation>{where}拒绝了命令（NAK）。</translation>
    </message>
    <message>
        <source>Check the tower light&apos;s network cable and address in the configuration; provisioning goes on without it.</source>
        <translation>请检查信号塔的网线及配置中的地址；配置会在没有它的情况下继续。</translation>
    </message>
    <message>
        <source>The network tower light at {host}:{port}</source>
        <translation>位于 {host}:{port} 的网络信号塔</translation>
    </message>
    <message>
        <source>{where} gave no ACK.</source>
        <translation>{where}未返回 ACK。</translation>
    </message>
    <message>
        <source>The Patlite tower at {path}</source>
        <translation>位于 {path} 的 Patlite 信号塔</translation>
    </message>
    <message>
        <source>Set the tower&apos;s control mode to PNS command control in its web set-up; provisioning goes on without it.</source>
        <translation>请在信号塔的网页设置中将控制模式设为 PNS 命令控制；配置会在没有它的情况下继续。</translation>
    </message>
    <message>
        <source>red blink</source>
        <translation>红灯闪烁</translation>
    </message>
    <message>
        <source>red steady</source>
        <translation>红灯常亮</translation>
    </message>
    <message>
        <source>The tower light on {port} cannot be reached ({kind}).</source>
        <translation>无法连接 {port} 上的信号塔（{kind}）。</translation>
    </message>
    <message>
        <source>Check the tower light&apos;s USB cable and that no other program holds its port; provisioning goes on without it.</source>
        <translation>请检查信号塔的 USB 线缆，并确认没有其他程序占用其端口；配置会在没有它的情况下继续。</translation>
    </message>
    <message>
        <source>The Patlite tower at {path} took {written} of {size} bytes.</source>
        <translation>位于 {path} 的 Patlite 信号塔只接收了 {size} 字节中的 {written} 字节。</translation>
    </message>
    <message>
        <source>{where} cannot be reached ({reason}).</source>
        <translation>无法连接{where}（{reason}）。</translation>
    </message>
    <message>
        <source>Check the tower light&apos;s USB cable and the station&apos;s udev rules for it; provisioning goes on without it.</source>
        <translation>请检查信号塔的 USB 线缆及工位为其设置的 udev 规则；配置会在没有它的情况下继续。</translation>
    </message>
    <message>
        <source>yellow blink</source>
        <translation>黄灯闪烁</translation>
    </message>
    <message>
        <source>yellow steady</source>
        <translation>黄灯常亮</translation>
    </message>
    <message>
        <source>The OS keyring failed to give the Wi-Fi password ({kind}).</source>
        <translation>操作系统密钥环未能提供 Wi-Fi 密码（{kind}）。</translation>
    </message>
    <message>
        <source>Start and unlock a Secret Service (gnome-keyring), then start the slot again.</source>
        <translation>请启动并解锁 Secret Service（gnome-keyring），然后重新启动该槽位。</translation>
    </message>
    <message>
        <source>The OS keyring did not answer when asked for the Wi-Fi password.</source>
        <translation>请求 Wi-Fi 密码时操作系统密钥环没有应答。</translation>
    </message>
    <message>
        <source>Unlock the keyring on this PC&apos;s desktop, then start the slot again.</source>
        <translation>请在本机桌面上解锁密钥环，然后重新启动该槽位。</translation>
    </message>
    <message>
        <source>The OS keyring holds no Wi-Fi password for SSID {ssid}.</source>
        <translation>操作系统密钥环中没有 SSID {ssid} 的 Wi-Fi 密码。</translation>
    </message>
    <message>
        <source>Ask the supervisor to store it: {command}.</source>
        <translation>请主管保存它：{command}。</translation>
    </message>
    <message>
        <source>The OS keyring backend ({module}) would not keep the Wi-Fi password safe.</source>
        <translation>操作系统密钥环后端（{module}）无法安全保存 Wi-Fi 密码。</translation>
    </message>
    <message>
        <source>Start and unlock a Secret Service (gnome-keyring) in this desktop session.</source>
        <translation>请在此桌面会话中启动并解锁 Secret Service（gnome-keyring）。</translation>
    </message>
    <message>
        <source>device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>hardware ID</source>
        <translation>硬件 ID</translation>
    </message>
    <message>
        <source>hardware serial</source>
        <translation>硬件序列号</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>{path} on the device in {place} is not valid JSON ({problem}). The station does not overwrite a file it cannot read: it may hold a working secret or settings someone needs.</source>
        <translation>{place} 中设备上的 {path} 不是有效的 JSON（{problem}）。工位不会覆盖无法读取的文件：其中可能有可用的密钥或他人需要的设置。</translation>
    </message>
    <message>
        <source>Set the device from {place} aside for the supervisor, who has the file checked and removed, or sets malformed_config = &quot;rewrite&quot; in {table} to let the station register the device again and overwrite such files.</source>
        <translation>将 {place} 中的设备放到一边交给主管，由其安排检查并删除该文件，或在 {table} 中设置 malformed_config = &quot;rewrite&quot;，让工位重新注册设备并覆盖此类文件。</translation>
    </message>
    <message>
        <source>The configuration file for the device in {place} would be {size} bytes; the astarte_app sample reads at most {most}.</source>
        <translation>{place} 中设备的配置文件将为 {size} 字节；astarte_app 示例最多读取 {most} 字节。</translation>
    </message>
    <message>
        <source>Shorten extra_fields in {table}.</source>
        <translation>请缩短 {table} 中的 extra_fields。</translation>
    </message>
    <message>
        <source>the hash of {path}</source>
        <translation>计算 {path} 的哈希</translation>
    </message>
    <message>
        <source>reading {path}</source>
        <translation>读取 {path}</translation>
    </message>
    <message>
        <source>the upload of {path}</source>
        <translation>上传 {path}</translation>
    </message>
    <message>
        <source>Set the device from {place} aside for a firmware check (docs/zephyr.md).</source>
        <translation>将 {place} 中的设备放到一边，进行固件检查（docs/zephyr.md）。</translation>
    </message>
    <message>
        <source>The device in {place} was busy with another file operation and refused {doing}.</source>
        <translation>{place} 中的设备正忙于另一个文件操作，拒绝了{doing}。</translation>
    </message>
    <message>
        <source>Provision the device in {place} again; if it stays busy, power-cycle it and try once more.</source>
        <translation>重新配置 {place} 中的设备；如果仍然忙碌，请断电重启后再试一次。</translation>
    </message>
    <message>
        <source>The device in {place} could not write {path}: its file system is full (or its flash failed).</source>
        <translation>{place} 中的设备无法写入 {path}：其文件系统已满（或闪存故障）。</translation>
    </message>
    <message>
        <source>Set the device from {place} aside. The firmware team must leave room on the {mount} partition (at least two free 4 KiB blocks) or erase the files filling it; the station provisions it again afterwards.</source>
        <translation>将 {place} 中的设备放到一边。固件团队必须在 {mount} 分区留出空间（至少两个空闲的 4 KiB 块）或删除占满它的文件；之后工位会重新配置。</translation>
    </message>
    <message>
        <source>The file system at {mount} on the device in {place} is read-only.</source>
        <translation>{place} 中设备上 {mount} 处的文件系统为只读。</translation>
    </message>
    <message>
        <source>Set the device from {place} aside: its firmware must mount the partition read-write.</source>
        <translation>将 {place} 中的设备放到一边：其固件必须以读写方式挂载该分区。</translation>
    </message>
    <message>
        <source>The device in {place} refused {doing}: fs_mgmt error {name}.</source>
        <translation>{place} 中的设备拒绝了{doing}：fs_mgmt 错误 {name}。</translation>
    </message>
    <message>
        <source>Provision the device in {place} again; if it repeats, set it aside for a firmware check.</source>
        <translation>重新配置 {place} 中的设备；如果再次发生，请放到一边进行固件检查。</translation>
    </message>
    <message>
        <source>The device in {place} refused {what}: group {group} rc {rc}</source>
        <translation>{place} 中的设备拒绝了 {what}：组 {group} rc {rc}</translation>
    </message>
    <message>
        <source>The device in {place} holds a {path} whose {kind} is not that of the {sent} bytes sent ({hashed} bytes hashed): it did not store what the station wrote.</source>
        <translation>{place} 中的设备上 {path} 的 {kind} 与发送的 {sent} 字节不符（已计算 {hashed} 字节）：它没有保存工位写入的内容。</translation>
    </message>
    <message>
        <source>Provision the device in {place} again; if it repeats, set it aside for a flash check.</source>
        <translation>重新配置 {place} 中的设备；如果再次发生，请放到一边进行闪存检查。</translation>
    </message>
    <message>
        <source>The device in {place} reported hardware ID {before} and now {after} in the same session; the station cannot tell which unit it is.</source>
        <translation>{place} 中的设备在同一会话中先报告硬件 ID {before}，现在为 {after}；工位无法判断是哪台设备。</translation>
    </message>
    <message>
        <source>Set the device from {place} aside for a firmware check: &apos;hwinfo devid&apos; must print the same ID every time.</source>
        <translation>将 {place} 中的设备放到一边进行固件检查：&apos;hwinfo devid&apos; 每次都必须输出相同的 ID。</translation>
    </message>
    <message>
        <source>&apos;hwinfo devid&apos; on the device in {place} printed {shown} (status {ret}), not the &apos;Length: N&apos; and &apos;ID: 0x...&apos; lines the station reads the hardware ID from.</source>
        <translation>{place} 中设备上的 &apos;hwinfo devid&apos; 输出了 {shown}（状态 {ret}），而不是工位读取硬件 ID 所需的 &apos;Length: N&apos; 和 &apos;ID: 0x...&apos; 行。</translation>
    </message>
    <message>
        <source>Set the device from {place} aside for a firmware check: its hwinfo driver must give the chip&apos;s unique ID (docs/zephyr.md).</source>
        <translation>将 {place} 中的设备放到一边进行固件检查：其 hwinfo 驱动必须给出芯片的唯一 ID（docs/zephyr.md）。</translation>
    </message>
    <message>
        <source>The firmware of the device in {place} has no MCUmgr {group} group, which the station needs to provision a stock Zephyr device.</source>
        <translation>{place} 中设备的固件没有 MCUmgr {group} 组，而工位配置标准 Zephyr 设备需要它。</translation>
    </message>
    <message>
        <source>Set the device from {place} aside. The firmware team must build it with {kconfig} (docs/zephyr.md lists every option).</source>
        <translation>将 {place} 中的设备放到一边。固件团队必须用 {kconfig} 构建它（docs/zephyr.md 列出了所有选项）。</translation>
    </message>
    <message>
        <source>The shell of the device in {place} has no &apos;hwinfo&apos; command, so the station cannot read its hardware ID.</source>
        <translation>{place} 中设备的 shell 没有 &apos;hwinfo&apos; 命令，因此工位无法读取其硬件 ID。</translation>
    </message>
    <message>
        <source>Set the device from {place} aside. The firmware team must build it with {kconfig}, or the supervisor sets identity = &quot;label_scan&quot; in {table} so each unit is identified by the serial scanned from its label (docs/zephyr.md).</source>
        <translation>将 {place} 中的设备放到一边。固件团队必须用 {kconfig} 构建它，或由主管在 {table} 中设置 identity = &quot;label_scan&quot;，让每台设备通过其标签上扫描的序列号识别（docs/zephyr.md）。</translation>
    </message>
    <message>
        <source>{table} identity = &quot;label_scan&quot;, but nothing can hand the station a scanned label for {place} here.</source>
        <translation>{table} identity = &quot;label_scan&quot;，但此处没有任何途径把 {place} 的扫描标签交给工位。</translation>
    </message>
    <message>
        <source>Provision through the operator screen or `station provision --serial`, or set identity = &quot;hwinfo&quot;.</source>
        <translation>请通过操作员界面或 `station provision --serial` 配置，或设置 identity = &quot;hwinfo&quot;。</translation>
    </message>
    <message>
        <source>{path} on the device in {place} holds no credentialSecret ({state}).</source>
        <translation>{place} 中设备上的 {path} 没有 credentialSecret（{state}）。</translation>
    </message>
    <message>
        <source>Provision the device in {place} again.</source>
        <translation>重新配置 {place} 中的设备。</translation>
    </message>
    <message>
        <source>No answer to the reset of the device in {place} ({cause})</source>
        <translation>{place} 中的设备未应答复位（{cause}）</translation>
    </message>
    <message>
        <source>The file system at {mount} on the device in {place} is not mounted, so the station cannot read or write {path}.</source>
        <translation>{place} 中设备上 {mount} 处的文件系统未挂载，因此工位无法读写 {path}。</translation>
    </message>
    <message>
        <source>Set the device from {place} aside. Its firmware must mount {mount} at boot (a zephyr,fstab littlefs entry with automount) and keep it mounted: the astarte_app sample unmounts it after reading the file (docs/zephyr.md).</source>
        <translation>将 {place} 中的设备放到一边。其固件必须在启动时挂载 {mount}（带 automount 的 zephyr,fstab littlefs 条目）并保持挂载：astarte_app 示例在读取文件后会卸载它（docs/zephyr.md）。</translation>
    </message>
    <message>
        <source>No answer to a chunk of the configuration upload from the device in {place}, so it is unknown how much of the file it stored ({cause})</source>
        <translation>{place} 中的设备未应答配置上传的某个分块，因此不确定它保存了文件的多少（{cause}）</translation>
    </message>
    <message>
        <source>Do not start again blindly: reseat the device in {place} if needed and let the station re-read the file.</source>
        <translation>不要盲目重新开始：如有需要重新插好 {place} 中的设备，让工位重新读取该文件。</translation>
    </message>
    <message>
        <source>Reseat the device and check that it is powered; if it keeps happening, power-cycle it.</source>
        <translation>重新插好设备并确认已通电；如果反复出现，请将其断电重启。</translation>
    </message>
    <message>
        <source>The device could not program its storage.</source>
        <translation>设备无法写入其存储。</translation>
    </message>
    <message>
        <source>Reseat the device and try once more; if it fails again the unit goes to rework.</source>
        <translation>重新插好设备再试一次；如果再次失败，该设备送去返工。</translation>
    </message>
    <message>
        <source>The device is busy with another operation.</source>
        <translation>设备正忙于其他操作。</translation>
    </message>
    <message>
        <source>incomplete frame abandoned</source>
        <translation>已丢弃不完整的帧</translation>
    </message>
    <message>
        <source>bad CRC</source>
        <translation>CRC 错误</translation>
    </message>
    <message>
        <source>frame line interrupted by a new start marker</source>
        <translation>帧行被新的起始标记打断</translation>
    </message>
    <message>
        <source>frame length field {total} is too small</source>
        <translation>帧长度字段 {total} 过小</translation>
    </message>
    <message>
        <source>frame line longer than {limit} bytes</source>
        <translation>帧行长度超过 {limit} 字节</translation>
    </message>
    <message>
        <source>frame line is not valid base64</source>
        <translation>帧行不是有效的 base64</translation>
    </message>
    <message>
        <source>continuation line without a start line</source>
        <translation>续行前没有起始行</translation>
    </message>
    <message>
        <source>a new frame started before the previous one was complete</source>
        <translation>上一帧尚未完整，新帧已开始</translation>
    </message>
    <message>
        <source>frame start line too short to hold a length</source>
        <translation>帧起始行太短，无法包含长度</translation>
    </message>
    <message>
        <source>frame announces {size} bytes, more than the {limit} allowed</source>
        <translation>帧声明 {size} 字节，超过允许的 {limit} 字节</translation>
    </message>
    <message>
        <source>undecodable frame: {detail}</source>
        <translation>无法解码的帧：{detail}</translation>
    </message>
    <message>
        <source>Another device answered on slot {slot}&apos;s port after a reconnect: its {what} is {found}, the unit identified in the slot has {expected}. Nothing more was sent to it.</source>
        <translation>重新连接后，槽位 {slot} 的端口上应答的是另一台设备：它的{what}是 {found}，而该槽位中识别的设备是 {expected}。未再向它发送任何内容。</translation>
    </message>
    <message>
        <source>Another device answered on slot {slot}&apos;s port: reseat slot {slot}, then provision the unit again.</source>
        <translation>槽位 {slot} 的端口上应答的是另一台设备：重新插好槽位 {slot}，然后重新配置该设备。</translation>
    </message>
    <message>
        <source>invalid SMP header: {detail}</source>
        <translation>无效的 SMP 报头：{detail}</translation>
    </message>
    <message>
        <source>malformed err map</source>
        <translation>err 映射格式错误</translation>
    </message>
    <message>
        <source>malformed rc</source>
        <translation>rc 格式错误</translation>
    </message>
    <message>
        <source>the echo came back different</source>
        <translation>回显内容不一致</translation>
    </message>
    <message>
        <source>{key} missing or not {kind}</source>
        <translation>{key} 缺失或不是 {kind}</translation>
    </message>
    <message>
        <source>negative programming time</source>
        <translation>编程时间为负</translation>
    </message>
    <message>
        <source>storage is {state} but no secret digest was reported</source>
        <translation>存储状态为 {state}，但未报告密钥摘要</translation>
    </message>
    <message>
        <source>no secret in the answer</source>
        <translation>应答中没有密钥</translation>
    </message>
    <message>
        <source>buf_size/buf_count missing or invalid</source>
        <translation>buf_size/buf_count 缺失或无效</translation>
    </message>
    <message>
        <source>unknown storage kind or state ({detail})</source>
        <translation>未知的存储类型或状态（{detail}）</translation>
    </message>
    <message>
        <source>header announces {announced} body bytes but {arrived} arrived</source>
        <translation>报头声明消息体 {announced} 字节，实际收到 {arrived} 字节</translation>
    </message>
    <message>
        <source>body is not a CBOR map with text keys</source>
        <translation>消息体不是以文本为键的 CBOR 映射</translation>
    </message>
    <message>
        <source>body is not valid CBOR: {detail}</source>
        <translation>消息体不是有效的 CBOR：{detail}</translation>
    </message>
    <message>
        <source>Wait a moment and try again; if it persists, power-cycle the device.</source>
        <translation>稍等片刻后重试；如果仍然如此，请将设备断电重启。</translation>
    </message>
    <message>
        <source>Astarte reports this device as already confirmed: its secret has been used.</source>
        <translation>Astarte 报告此设备已确认：其密钥已被使用。</translation>
    </message>
    <message>
        <source>Set the device aside for the supervisor (rework).</source>
        <translation>将设备放到一边交给主管（返工）。</translation>
    </message>
    <message>
        <source>The device did not answer in time.</source>
        <translation>设备未及时响应。</translation>
    </message>
    <message>
        <source>The device&apos;s port vanished.</source>
        <translation>设备的端口消失了。</translation>
    </message>
    <message>
        <source>Reseat the device and its cable, then provision it again.</source>
        <translation>重新插好设备和线缆，然后重新配置。</translation>
    </message>
    <message>
        <source>Stopped by the operator.</source>
        <translation>已被操作员停止。</translation>
    </message>
    <message>
        <source>Provision the device again when ready.</source>
        <translation>准备好后重新配置设备。</translation>
    </message>
    <message>
        <source>This device has already passed on this target.</source>
        <translation>此设备已在该目标上通过。</translation>
    </message>
    <message>
        <source>Set the device aside and look it up in the journal.</source>
        <translation>将设备放到一边并在日志中查询。</translation>
    </message>
    <message>
        <source>Another device answered on this slot&apos;s port.</source>
        <translation>此槽位端口上应答的是另一台设备。</translation>
    </message>
    <message>
        <source>Reseat the slot, then provision the unit again.</source>
        <translation>重新插好槽位，然后重新配置该设备。</translation>
    </message>
    <message>
        <source>No label was scanned in time.</source>
        <translation>未及时扫描标签。</translation>
    </message>
    <message>
        <source>Scan the unit&apos;s label, then provision it again.</source>
        <translation>扫描该设备的标签，然后重新配置。</translation>
    </message>
    <message>
        <source>Waiting for the unit&apos;s label.</source>
        <translation>正在等待设备标签。</translation>
    </message>
    <message>
        <source>Scan the label of the unit in slot {slot}.</source>
        <translation>扫描槽位 {slot} 中设备的标签。</translation>
    </message>
    <message>
        <source>target editor</source>
        <translation>目标编辑器</translation>
    </message>
    <message>
        <source>A target named {name} exists already.</source>
        <translation>名为 {name} 的目标已存在。</translation>
    </message>
    <message>
        <source>Choose another name, or edit the existing target.</source>
        <translation>请换一个名称，或编辑已有的目标。</translation>
    </message>
    <message>
        <source>Target {name} is the active target of fixture {fixtures}; it was not deleted.</source>
        <translation>目标 {name} 是夹具 {fixtures} 的当前目标；未删除。</translation>
    </message>
    <message>
        <source>Choose another active target for that fixture first.</source>
        <translation>请先为该夹具选择另一个当前目标。</translation>
    </message>
    <message>
        <source>is not a valid fixture name. Allowed: {rule}.</source>
        <translation>不是有效的夹具名称。允许：{rule}。</translation>
    </message>
    <message>
        <source>is not a valid profile name. Allowed: {rule}.</source>
        <translation>不是有效的配置文件名称。允许：{rule}。</translation>
    </message>
    <message>
        <source>is not a valid Astarte realm name. Allowed: {rule}.</source>
        <translation>不是有效的 Astarte realm 名称。允许：{rule}。</translation>
    </message>
    <message>
        <source>is not a valid slot name. Allowed: 1-16 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>不是有效的槽位名称。允许：1-16 个字母、数字、&apos;_&apos; 或 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>is not a valid station ID. Allowed: {rule}.</source>
        <translation>不是有效的工位 ID。允许：{rule}。</translation>
    </message>
    <message>
        <source>is not a valid target name. Allowed: {rule}.</source>
        <translation>不是有效的目标名称。允许：{rule}。</translation>
    </message>
    <message>
        <source>= true needs print_label = true: only a printed label can be scanned back.</source>
        <translation>= true 需要 print_label = true：只有打印出的标签才能回扫。</translation>
    </message>
    <message>
        <source>= {value} holds a control character.</source>
        <translation>= {value} 包含控制字符。</translation>
    </message>
    <message>
        <source>Edit `{path}` in {source}.</source>
        <translation>请在 {source} 中修改 `{path}`。</translation>
    </message>
    <message>
        <source>must be a partition label of 1 to 15 ASCII characters.</source>
        <translation>必须是 1 到 15 个 ASCII 字符的分区标签。</translation>
    </message>
    <message>
        <source>is not a UUID.</source>
        <translation>不是 UUID。</translation>
    </message>
    <message>
        <source>Copy CONFIG_ASTARTE_HWID_UUID_NAMESPACE from the firmware&apos;s sdkconfig (form &quot;30349dbb-85b6-489e-a8ed-532e65c55c38&quot;).</source>
        <translation>请从固件的 sdkconfig 中复制 CONFIG_ASTARTE_HWID_UUID_NAMESPACE（形如 &quot;30349dbb-85b6-489e-a8ed-532e65c55c38&quot;）。</translation>
    </message>
    <message>
        <source>is not an Astarte interface name (reverse domain, like org.example.Sensor).</source>
        <translation>不是 Astarte 接口名称（反向域名，例如 org.example.Sensor）。</translation>
    </message>
    <message>
        <source>= {value} is not a version. Allowed: [major, minor] with non-negative integers, not both 0.</source>
        <translation>= {value} 不是版本号。允许：[major, minor]，均为非负整数，且不能都为 0。</translation>
    </message>
    <message>
        <source>must be a table of interface = [major, minor], not {actual}.</source>
        <translation>必须是 interface = [major, minor] 的表，而不是{actual}。</translation>
    </message>
    <message>
        <source>Remove it. The configuration never holds secrets, tokens or keys: realm keys and issued tokens are imported into the OS keyring from the supervisor&apos;s target editor.</source>
        <translation>请删除它。配置中从不保存密钥、令牌或秘密：realm 密钥和签发的令牌在主管的目标编辑器中导入操作系统密钥环。</translation>
    </message>
    <message>
        <source>= {value} must be {low} to {high} characters long.</source>
        <translation>= {value} 的长度必须为 {low} 到 {high} 个字符。</translation>
    </message>
    <message>
        <source>is required when device_id_rule = &quot;uuid5&quot;: the namespace UUID of your product line.</source>
        <translation>当 device_id_rule = &quot;uuid5&quot; 时为必填项：你的产品线的命名空间 UUID。</translation>
    </message>
    <message>
        <source>is set, but `line.mes_url` (the MES facade to ask) is not.</source>
        <translation>已设置，但 `line.mes_url`（要询问的 MES 接口）未设置。</translation>
    </message>
    <message>
        <source>Set `mes_url` in the [line] table of {source}, or remove mes_recipe.</source>
        <translation>请在 {source} 的 [line] 表中设置 `mes_url`，或删除 mes_recipe。</translation>
    </message>
    <message>
        <source>takes no options.</source>
        <translation>不接受任何选项。</translation>
    </message>
    <message>
        <source>Remove the [{table}] table from the configuration.</source>
        <translation>请从配置中删除 [{table}] 表。</translation>
    </message>
    <message>
        <source>= true needs a label printer, and neither `line.printer` nor `line.printer_queue` is set.</source>
        <translation>= true 需要标签打印机，但 `line.printer` 和 `line.printer_queue` 均未设置。</translation>
    </message>
    <message>
        <source>Set `printer` in the [line] table of {source} (host or host:port), or `printer_queue` (a CUPS raw queue), or set print_label = false.</source>
        <translation>请在 {source} 的 [line] 表中设置 `printer`（主机或 主机:端口）或 `printer_queue`（CUPS 原始队列），或设置 print_label = false。</translation>
    </message>
    <message>
        <source>= {value} names no target. Allowed: {allowed}.</source>
        <translation>= {value} 不是任何目标。允许：{allowed}。</translation>
    </message>
    <message>
        <source>must hold at least one target table, e.g. [targets.plant-eu].</source>
        <translation>必须至少包含一个目标表，例如 [targets.plant-eu]。</translation>
    </message>
    <message>
        <source>Add a target to {source} or create one in the supervisor&apos;s target editor.</source>
        <translation>请在 {source} 中添加一个目标，或在主管的目标编辑器中创建一个。</translation>
    </message>
    <message>
        <source>must hold at least one {table} table.</source>
        <translation>必须至少包含一个 {table} 表。</translation>
    </message>
    <message>
        <source>= {value} is not an address ({detail}). Allowed: host or host:port, e.g. 192.0.2.10:{port}.</source>
        <translation>= {value} 不是地址（{detail}）。允许：主机或 主机:端口，例如 192.0.2.10:{port}。</translation>
    </message>
    <message>
        <source>= {value} is not allowed. Allowed: {allowed}.</source>
        <translation>= {value} 不被允许。允许：{allowed}。</translation>
    </message>
    <message>
        <source>= {value} is not a device path. Allowed: an absolute path such as /dev/serial/by-id/usb-...-if00 or /dev/hidraw0.</source>
        <translation>= {value} 不是设备路径。允许：绝对路径，例如 /dev/serial/by-id/usb-...-if00 或 /dev/hidraw0。</translation>
    </message>
    <message>
        <source>is not a salted scrypt hash (scrypt$n$r$p$salt$hash). Passwords are never stored as they are.</source>
        <translation>不是加盐的 scrypt 哈希（scrypt$n$r$p$salt$hash）。密码从不按原样保存。</translation>
    </message>
    <message>
        <source>Set the password with `station roles set-password qa|supervisor`, which writes the hash.</source>
        <translation>请用 `station roles set-password qa|supervisor` 设置密码，它会写入哈希。</translation>
    </message>
    <message>
        <source>= {value} is not a CUPS queue name. Allowed: 1 to 127 letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;@&apos; and &apos;-&apos; (no spaces, &apos;/&apos; or &apos;#&apos;).</source>
        <translation>= {value} 不是 CUPS 队列名称。允许：1 到 127 个字母、数字、&apos;_&apos;、&apos;.&apos;、&apos;@&apos; 和 &apos;-&apos;（不含空格、&apos;/&apos; 或 &apos;#&apos;）。</translation>
    </message>
    <message>
        <source>= {value} is not a serial port&apos;s path. Allowed: an absolute path such as /dev/serial/by-id/usb-...-if00 or /dev/ttyACM0.</source>
        <translation>= {value} 不是串口路径。允许：绝对路径，例如 /dev/serial/by-id/usb-...-if00 或 /dev/ttyACM0。</translation>
    </message>
    <message>
        <source>(not shown)</source>
        <translation>（不显示）</translation>
    </message>
    <message>
        <source>must be a table, not {actual}.</source>
        <translation>必须是表，而不是{actual}。</translation>
    </message>
    <message>
        <source>= {value} is not a UUID (like 6ba7b810-9dad-11d1-80b4-00c04fd430c8).</source>
        <translation>= {value} 不是 UUID（例如 6ba7b810-9dad-11d1-80b4-00c04fd430c8）。</translation>
    </message>
    <message>
        <source>= {value} is out of range. Allowed: {low} to {high}.</source>
        <translation>= {value} 超出范围。允许：{low} 到 {high}。</translation>
    </message>
    <message>
        <source>= {value} holds a control character (a line break, a NUL, ...).</source>
        <translation>= {value} 包含控制字符（换行、NUL 等）。</translation>
    </message>
    <message>
        <source>is empty; it must name a file.</source>
        <translation>为空；它必须指定一个文件。</translation>
    </message>
    <message>
        <source>= {value} is longer than a path can be ({chars} characters, {bytes} bytes per name).</source>
        <translation>= {value} 超出路径的最大长度（{chars} 个字符，每个名称 {bytes} 字节）。</translation>
    </message>
    <message>
        <source>= {value} is not a key a foot pedal can be set to send here. Allowed: F1 to F24, Pause, ScrollLock, Insert, Home, End, PageUp, PageDown, or empty (off).</source>
        <translation>= {value} 不是脚踏开关在此可发送的按键。允许：F1 到 F24、Pause、ScrollLock、Insert、Home、End、PageUp、PageDown，或留空（关闭）。</translation>
    </message>
    <message>
        <source>Set the pedal to one of those keys (its own software does that) and name the same key in `{path}` in {source}.</source>
        <translation>请将脚踏开关设为其中一个按键（用其自带软件设置），并在 {source} 的 `{path}` 中填写同一按键。</translation>
    </message>
    <message>
        <source>= {value}: {problem}</source>
        <translation>= {value}：{problem}</translation>
    </message>
    <message>
        <source>{source}: `{path}` {problem}</source>
        <translation>{source}：`{path}` {problem}</translation>
    </message>
    <message>
        <source>`{path}` {problem}</source>
        <translation>`{path}` {problem}</translation>
    </message>
    <message>
        <source>must be a table of [profiles.KIND] tables, not {actual}.</source>
        <translation>必须是由 [profiles.KIND] 表组成的表，而不是{actual}。</translation>
    </message>
    <message>
        <source>= {value} is not a valid regular expression ({detail}). It is matched against the whole hardware serial, e.g. &quot;{example}&quot;.</source>
        <translation>= {value} 不是有效的正则表达式（{detail}）。它与完整的硬件序列号匹配，例如 &quot;{example}&quot;。</translation>
    </message>
    <message>
        <source>= {value} nests too deeply to be a usable regular expression.</source>
        <translation>= {value} 嵌套过深，无法作为可用的正则表达式。</translation>
    </message>
    <message>
        <source>= {value} repeats the {what} of `{other}`; each must differ.</source>
        <translation>= {value} 与 `{other}` 的{what}重复；每个都必须不同。</translation>
    </message>
    <message>
        <source>is required ({kind}).</source>
        <translation>为必填项（{kind}）。</translation>
    </message>
    <message>
        <source>1-64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>1-64 个字母、数字、&apos;.&apos;、&apos;_&apos; 或 &apos;-&apos;，以字母或数字开头</translation>
    </message>
    <message>
        <source>1-48 lower-case letters and digits, starting with a letter ({pattern})</source>
        <translation>1-48 个小写字母和数字，以字母开头（{pattern}）</translation>
    </message>
    <message>
        <source>= {value} is not the current schema ({current}).</source>
        <translation>= {value} 不是当前架构（{current}）。</translation>
    </message>
    <message>
        <source>Load the file with `load_config`, which migrates older versions.</source>
        <translation>请用 `load_config` 加载文件，它会迁移旧版本。</translation>
    </message>
    <message>
        <source>looks like it would hold a secret, token or key.</source>
        <translation>看起来会保存秘密、令牌或密钥。</translation>
    </message>
    <message>
        <source>holds text shaped like a secret, token or key (not shown).</source>
        <translation>包含形似秘密、令牌或密钥的文本（不显示）。</translation>
    </message>
    <message>
        <source>= {value} holds a space or a control character.</source>
        <translation>= {value} 包含空格或控制字符。</translation>
    </message>
    <message>
        <source>must name at least one storage kind. Allowed: {allowed}.</source>
        <translation>必须至少指定一种存储类型。允许：{allowed}。</translation>
    </message>
    <message>
        <source>= {value} is not a storage kind. Allowed: {allowed}.</source>
        <translation>= {value} 不是存储类型。允许：{allowed}。</translation>
    </message>
    <message>
        <source>is required when token_source = &quot;command&quot;: the program and its arguments, e.g. [&quot;/usr/local/bin/issue-token&quot;, &quot;--realm&quot;, &quot;plant1&quot;].</source>
        <translation>当 token_source = &quot;command&quot; 时为必填项：程序及其参数，例如 [&quot;/usr/local/bin/issue-token&quot;, &quot;--realm&quot;, &quot;plant1&quot;]。</translation>
    </message>
    <message>
        <source>must be an array of non-empty strings.</source>
        <translation>必须是由非空字符串组成的数组。</translation>
    </message>
    <message>
        <source>is only used with token_source = &quot;command&quot; (this target uses {used}).</source>
        <translation>仅在 token_source = &quot;command&quot; 时使用（此目标使用 {used}）。</translation>
    </message>
    <message>
        <source>is required when tower = &quot;{kind}&quot;, e.g. &quot;{example}&quot;.</source>
        <translation>当 tower = &quot;{kind}&quot; 时为必填项，例如 &quot;{example}&quot;。</translation>
    </message>
    <message>
        <source>is not used with tower = &quot;{kind}&quot;.</source>
        <translation>在 tower = &quot;{kind}&quot; 时不使用。</translation>
    </message>
    <message>
        <source>Remove `{path}`, or set tower to the driver that uses it.</source>
        <translation>请删除 `{path}`，或将 tower 设置为使用它的驱动。</translation>
    </message>
    <message>
        <source>is set, and so is `line.printer`: labels go to one printer.</source>
        <translation>已设置，`line.printer` 也已设置：标签只能发往一台打印机。</translation>
    </message>
    <message>
        <source>In the [line] table of {source}, keep `printer` (straight to the printer) or `printer_queue` (through CUPS), not both.</source>
        <translation>请在 {source} 的 [line] 表中保留 `printer`（直连打印机）或 `printer_queue`（通过 CUPS）之一，不要同时保留。</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>is not a known setting. Allowed here: {allowed}.</source>
        <translation>不是已知的设置。此处允许：{allowed}。</translation>
    </message>
    <message>
        <source>Remove or correct `{path}` in {source} (check the spelling).</source>
        <translation>请在 {source} 中删除或更正 `{path}`（检查拼写）。</translation>
    </message>
    <message>
        <source>= {value} must not carry a query, fragment or user name.</source>
        <translation>= {value} 不得包含查询、片段或用户名。</translation>
    </message>
    <message>
        <source>= {value} names a host longer than {limit} characters, which no DNS name or address is.</source>
        <translation>= {value} 的主机名超过 {limit} 个字符，不可能是 DNS 名称或地址。</translation>
    </message>
    <message>
        <source>= {value} is not {what} base URL. Allowed: https://host[:port][/path], e.g. {example}.</source>
        <translation>= {value} 不是{what}基础 URL。允许：https://host[:port][/path]，例如 {example}。</translation>
    </message>
    <message>
        <source>= {value} uses plain http to a remote host; credentials would cross the network unencrypted. Allowed: https (plain http only to 127.0.0.1 or localhost).</source>
        <translation>= {value} 对远程主机使用明文 http；凭据将未加密地穿过网络。允许：https（明文 http 仅限 127.0.0.1 或 localhost）。</translation>
    </message>
    <message>
        <source>= {value} {problem}</source>
        <translation>= {value} {problem}</translation>
    </message>
    <message>
        <source>fixture name</source>
        <translation>夹具名称</translation>
    </message>
    <message>
        <source>an MES facade</source>
        <translation>MES 接口的</translation>
    </message>
    <message>
        <source>a Pairing API</source>
        <translation>Pairing API 的</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>slot name</source>
        <translation>槽位名称</translation>
    </message>
    <message>
        <source>= {value} must be {kind}, not {actual}.</source>
        <translation>= {value} 必须是{kind}，而不是{actual}。</translation>
    </message>
    <message>
        <source>contains a control character</source>
        <translation>包含控制字符</translation>
    </message>
    <message>
        <source>is {value}, not a file under a mount point.</source>
        <translation>为 {value}，不是挂载点下的文件。</translation>
    </message>
    <message>
        <source>Give the absolute path of the file, e.g. &quot;{example}&quot;.</source>
        <translation>请给出文件的绝对路径，例如 &quot;{example}&quot;。</translation>
    </message>
    <message>
        <source>must be a table of strings.</source>
        <translation>必须是由字符串组成的表。</translation>
    </message>
    <message>
        <source>Write e.g. extra_fields = {example}.</source>
        <translation>例如写成 extra_fields = {example}。</translation>
    </message>
    <message>
        <source>sets {name}, which the station writes itself.</source>
        <translation>设置了 {name}，而它由工位自己写入。</translation>
    </message>
    <message>
        <source>Remove {name}.</source>
        <translation>请删除 {name}。</translation>
    </message>
    <message>
        <source>is longer than {limit} bytes, more than fs_mgmt accepts by default.</source>
        <translation>超过 {limit} 字节，超出 fs_mgmt 默认接受的长度。</translation>
    </message>
    <message>
        <source>Shorten it, or raise CONFIG_MCUMGR_GRP_FS_PATH_LEN in the firmware.</source>
        <translation>请缩短它，或在固件中调大 CONFIG_MCUMGR_GRP_FS_PATH_LEN。</translation>
    </message>
    <message>
        <source>contains a quote or a backslash, which Zephyr&apos;s JSON parser does not unescape</source>
        <translation>包含引号或反斜杠，Zephyr 的 JSON 解析器不会反转义它们</translation>
    </message>
    <message>
        <source>{why}.</source>
        <translation>{why}。</translation>
    </message>
    <message>
        <source>Use a value without quotes, backslashes or control characters.</source>
        <translation>请使用不含引号、反斜杠或控制字符的值。</translation>
    </message>
    <message>
        <source>{table} wifi_password is a secret and never belongs in the configuration file.</source>
        <translation>{table} wifi_password 是秘密，绝不应写在配置文件中。</translation>
    </message>
    <message>
        <source>Remove it. A supervisor stores the Wi-Fi password in the OS keyring: keyring set provisioning-station wifi-password:&lt;SSID&gt; (docs/zephyr.md).</source>
        <translation>请删除它。主管会把 Wi-Fi 密码保存到操作系统密钥环：keyring set provisioning-station wifi-password:&lt;SSID&gt;（docs/zephyr.md）。</translation>
    </message>
    <message>
        <source>Device profile {kind} is not available in this installation ({detail}).</source>
        <translation>设备配置文件 {kind} 在此安装中不可用（{detail}）。</translation>
    </message>
    <message>
        <source>Install the station with this profile&apos;s dependencies, or choose another profile.</source>
        <translation>请安装带有此配置文件依赖的工位软件，或选择其他配置文件。</translation>
    </message>
    <message>
        <source>Unknown device profile {kind}.</source>
        <translation>未知的设备配置文件 {kind}。</translation>
    </message>
    <message>
        <source>Set the fixture&apos;s or slot&apos;s profile to one of: {known}.</source>
        <translation>请将夹具或槽位的配置文件设为以下之一：{known}。</translation>
    </message>
    <message>
        <source>The label template {path}</source>
        <translation>标签模板 {path}</translation>
    </message>
    <message>
        <source>The label template {path} (target {target})</source>
        <translation>标签模板 {path}（目标 {target}）</translation>
    </message>
    <message>
        <source>The label template must start with ^XA and end with ^XZ.</source>
        <translation>标签模板必须以 ^XA 开头、以 ^XZ 结尾。</translation>
    </message>
    <message>
        <source>Start from the default template and change positions and sizes only.</source>
        <translation>请从默认模板开始，只修改位置和大小。</translation>
    </message>
    <message>
        <source>{where} is not plain ASCII (byte {offset} is 0x{byte}).</source>
        <translation>{where} 不是纯 ASCII（字节 {offset} 为 0x{byte}）。</translation>
    </message>
    <message>
        <source>Keep label text to plain ASCII (a printer&apos;s font 0 prints nothing else); save the file without accents, symbols or a byte-order mark.</source>
        <translation>标签文字只能使用纯 ASCII（打印机的字体 0 只能打印这些字符）；保存文件时不要带重音、符号或字节顺序标记。</translation>
    </message>
    <message>
        <source>The label template uses ^FH, which would read the &apos;_&apos; in device IDs as hex escapes.</source>
        <translation>标签模板使用了 ^FH，它会把设备 ID 中的 &apos;_&apos; 当作十六进制转义读取。</translation>
    </message>
    <message>
        <source>Remove ^FH from the template.</source>
        <translation>请从模板中删除 ^FH。</translation>
    </message>
    <message>
        <source>{where} has no {fields} field, so the label would lack {needs}.</source>
        <translation>{where} 没有 {fields} 字段，因此标签将缺少{needs}。</translation>
    </message>
    <message>
        <source>Put each field into the template (the built-in label shows where), then check again.</source>
        <translation>请将每个字段放入模板（内置标签显示了位置），然后重新检查。</translation>
    </message>
    <message>
        <source>The label template has a brace that neither opens nor closes a field ({reason}).</source>
        <translation>标签模板中有一个既不开始也不结束字段的花括号（{reason}）。</translation>
    </message>
    <message>
        <source>{where} does not exist.</source>
        <translation>{where} 不存在。</translation>
    </message>
    <message>
        <source>Put the template file at {path}. Fix the target&apos;s label_template in the supervisor&apos;s target editor, or clear it to print the built-in label.</source>
        <translation>请将模板文件放在 {path}。请在主管的目标编辑器中修正该目标的 label_template，或将其清空以打印内置标签。</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}；{rest}</translation>
    </message>
    <message>
        <source>the code in the QR and DataMatrix symbols that identifies the unit</source>
        <translation>二维码和 DataMatrix 符号中用于识别设备的代码</translation>
    </message>
    <message>
        <source>the device ID printed for people</source>
        <translation>供人阅读的设备 ID</translation>
    </message>
    <message>
        <source>the unit&apos;s serial printed for people</source>
        <translation>供人阅读的设备序列号</translation>
    </message>
    <message>
        <source>The label template has no {code} field, so its barcodes would not identify the unit.</source>
        <translation>标签模板没有 {code} 字段，因此其条码无法识别设备。</translation>
    </message>
    <message>
        <source>Put {code} in the QR or DataMatrix field.</source>
        <translation>请将 {code} 放入二维码或 DataMatrix 字段。</translation>
    </message>
    <message>
        <source>{where} is not a file.</source>
        <translation>{where} 不是文件。</translation>
    </message>
    <message>
        <source>Name the template file itself. Fix the target&apos;s label_template in the supervisor&apos;s target editor, or clear it to print the built-in label.</source>
        <translation>请指定模板文件本身。请在主管的目标编辑器中修正该目标的 label_template，或将其清空以打印内置标签。</translation>
    </message>
    <message>
        <source>{where} holds {char} at character {offset}, which is not plain ASCII.</source>
        <translation>{where} 的第 {offset} 个字符是 {char}，不是纯 ASCII。</translation>
    </message>
    <message>
        <source>Keep label text to plain ASCII (a printer&apos;s font 0 prints nothing else).</source>
        <translation>标签文字只能使用纯 ASCII（打印机的字体 0 只能打印这些字符）。</translation>
    </message>
    <message>
        <source>{where} does not draw as a printer would: {problem}.</source>
        <translation>{where} 无法像打印机那样绘制：{problem}。</translation>
    </message>
    <message>
        <source>Fix the ZPL command at that position (the supervisor&apos;s label editor shows the label as it draws).</source>
        <translation>请修正该位置的 ZPL 命令（主管的标签编辑器会按绘制效果显示标签）。</translation>
    </message>
    <message>
        <source>The label template</source>
        <translation>标签模板</translation>
    </message>
    <message>
        <source>This template</source>
        <translation>此模板</translation>
    </message>
    <message>
        <source>{where} cannot be filled in for a unit ({reason}).</source>
        <translation>无法为设备填写 {where}（{reason}）。</translation>
    </message>
    <message>
        <source>Write each field as {serial}, {device_id} or {code}, and double other braces.</source>
        <translation>请将每个字段写成 {serial}、{device_id} 或 {code}，其他花括号请写两次。</translation>
    </message>
    <message>
        <source>The label template names unknown fields: {names}.</source>
        <translation>标签模板使用了未知字段：{names}。</translation>
    </message>
    <message>
        <source>Use only {fields}.</source>
        <translation>只能使用 {fields}。</translation>
    </message>
    <message>
        <source>{where} cannot be read ({reason}).</source>
        <translation>无法读取 {where}（{reason}）。</translation>
    </message>
    <message>
        <source>Let the user the station runs as read it (its owner or mode), then check again.</source>
        <translation>请让运行本工作站的用户可以读取它（检查其所有者或权限），然后重新检查。</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <source>{where} could not be written ({reason}).</source>
        <translation>无法写入 {where}（{reason}）。</translation>
    </message>
    <message>
        <source>Save it in a folder the station&apos;s user may write to, or let that user write there.</source>
        <translation>请保存到本工作站用户有写权限的文件夹，或允许该用户在那里写入。</translation>
    </message>
    <message>
        <source>choose the active target</source>
        <translation>选择活动目标</translation>
    </message>
    <message>
        <source>change the touch and pedal settings</source>
        <translation>更改触控和踏板设置</translation>
    </message>
    <message>
        <source>change realm targets</source>
        <translation>更改领域目标</translation>
    </message>
    <message>
        <source>export the journal</source>
        <translation>导出日志</translation>
    </message>
    <message>
        <source>import realm keys or tokens</source>
        <translation>导入领域密钥或令牌</translation>
    </message>
    <message>
        <source>override the MES offline policy</source>
        <translation>覆盖 MES 离线策略</translation>
    </message>
    <message>
        <source>override &apos;already passed&apos;</source>
        <translation>覆盖“已通过”</translation>
    </message>
    <message>
        <source>unregister devices (rework)</source>
        <translation>注销设备（返工）</translation>
    </message>
    <message>
        <source>view the journal</source>
        <translation>查看日志</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>{first} or {rest}</source>
        <translation>{first}或{rest}</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>质检</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>The {role} password is changed (only its hash is kept, in {path}).</source>
        <translation>{role}密码已更改（仅保存其哈希，位于 {path}）。</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不同；未做任何更改。</translation>
    </message>
    <message>
        <source>Run the command again.</source>
        <translation>重新运行该命令。</translation>
    </message>
    <message>
        <source>New {role} password: </source>
        <translation>新的{role}密码：</translation>
    </message>
    <message>
        <source>A {role} password is already set and there is no supervisor password to authorize changing it; nothing was changed.</source>
        <translation>{role}密码已设置，且没有主管密码可授权更改它；未做任何更改。</translation>
    </message>
    <message>
        <source>Set the supervisor password first (`station roles set-password supervisor`), then run `station roles set-password {role_arg}` again: it asks for the supervisor password.</source>
        <translation>先设置主管密码（`station roles set-password supervisor`），然后重新运行 `station roles set-password {role_arg}`：它会要求输入主管密码。</translation>
    </message>
    <message>
        <source>The {role} password is set (only its hash is kept, in {path}).</source>
        <translation>{role}密码已设置（仅保存其哈希，位于 {path}）。</translation>
    </message>
    <message>
        <source>Idle lock after {minutes} min; sign-in locked for {lockout} s after {attempts} wrong passwords (doubling on each further lockout).</source>
        <translation>空闲 {minutes} 分钟后锁定；{attempts} 次密码错误后登录锁定 {lockout} 秒（之后每次锁定时间加倍）。</translation>
    </message>
    <message>
        <source>{role}: NO password: nobody can sign in</source>
        <translation>{role}：无密码：任何人都无法登录</translation>
    </message>
    <message>
        <source>{role}: password set</source>
        <translation>{role}：已设置密码</translation>
    </message>
    <message>
        <source>The password is shorter than {least} characters; nothing was changed.</source>
        <translation>密码短于 {least} 个字符；未做任何更改。</translation>
    </message>
    <message>
        <source>Choose a longer password (a short sentence is easy to type and hard to guess).</source>
        <translation>请选择更长的密码（一个短句易于输入且难以猜测）。</translation>
    </message>
    <message>
        <source>{name} is signed in as {role}, who may not {privilege}; nothing was changed.</source>
        <translation>{name} 以{role}身份登录，无权{privilege}；未做任何更改。</translation>
    </message>
    <message>
        <source>Ask a {roles} to sign in (Roles menu) and do it.</source>
        <translation>请{roles}登录（角色菜单）后执行此操作。</translation>
    </message>
    <message>
        <source>Overriding &apos;already passed&apos;</source>
        <translation>覆盖“已通过”</translation>
    </message>
    <message>
        <source>Unregistering a device</source>
        <translation>注销设备</translation>
    </message>
    <message>
        <source>{what} needs a reason (at least {least} characters); nothing was done.</source>
        <translation>{what}需要填写原因（至少 {least} 个字符）；未执行任何操作。</translation>
    </message>
    <message>
        <source>Write why (for example &apos;returned by customer, RMA 4711&apos;); it goes into the journal.</source>
        <translation>请写明原因（例如“客户退回，RMA 4711”）；它会记入日志。</translation>
    </message>
    <message>
        <source>On this PC, run `station roles set-password {role_arg}` (it asks for the new password twice).</source>
        <translation>在此 PC 上运行 `station roles set-password {role_arg}`（它会两次要求输入新密码）。</translation>
    </message>
    <message>
        <source>A supervisor runs `station roles set-password {role_arg}` on this PC (it asks for the supervisor password, then the new password twice).</source>
        <translation>由主管在此 PC 上运行 `station roles set-password {role_arg}`（它会要求输入主管密码，然后两次输入新密码）。</translation>
    </message>
    <message>
        <source>If you forgot it, a supervisor sets a new one with `station roles set-password {role_arg}`.</source>
        <translation>如果忘记了密码，由主管用 `station roles set-password {role_arg}` 设置新密码。</translation>
    </message>
    <message>
        <source>If it is forgotten, the PC&apos;s administrator removes supervisor_password_hash from the configuration file, then the first supervisor password is set again with `station roles set-password supervisor`.</source>
        <translation>如果忘记了密码，由 PC 管理员从配置文件中删除 supervisor_password_hash，然后用 `station roles set-password supervisor` 重新设置第一个主管密码。</translation>
    </message>
    <message>
        <source>Sign-in is locked after repeated wrong passwords; try again in {wait}.</source>
        <translation>多次密码错误后登录已被锁定；请在 {wait} 后重试。</translation>
    </message>
    <message>
        <source>Wait, then sign in with the right password. {forgotten}</source>
        <translation>请等待，然后用正确的密码登录。{forgotten}</translation>
    </message>
    <message>
        <source>Wrong password. Sign-in is now locked for {wait} after repeated failures.</source>
        <translation>密码错误。多次失败后，登录现已锁定 {wait}。</translation>
    </message>
    <message>
        <source>Wait, then try again; each further lockout doubles the wait.</source>
        <translation>请等待后重试；之后每次锁定，等待时间都会加倍。</translation>
    </message>
    <message>
        <source>Enter your name: the journal records who used the role.</source>
        <translation>请输入您的姓名：日志会记录是谁使用了该角色。</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <source>No {role} password is set on this station, so nobody can sign in as {role}.</source>
        <translation>此工位未设置{role}密码，因此任何人都无法以{role}身份登录。</translation>
    </message>
    <message>
        <source>{role} password: </source>
        <translation>{role}密码：</translation>
    </message>
    <message>
        <source>The first line of standard input looks like a token, not the {role} password; nothing was changed.</source>
        <translation>标准输入的第一行看起来是令牌，而不是{role}密码；未做任何更改。</translation>
    </message>
    <message>
        <source>When standard input is not a terminal, put the {role} password on its first line and anything else after it, e.g. {example}; or run the command at a terminal.</source>
        <translation>当标准输入不是终端时，把{role}密码放在第一行，其余内容放在其后，例如 {example}；或者在终端中运行该命令。</translation>
    </message>
    <message numerus="yes">
        <source>Wrong {role} password. %n more tries before sign-in is locked.</source>
        <translation>
            <numerusform>{role}密码错误。还可尝试 %n 次，之后登录将被锁定。</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the keyboard layout and Caps Lock, then type the password again.</source>
        <translation>请检查键盘布局和大写锁定键，然后重新输入密码。</translation>
    </message>
    <message>
        <source>Cannot open the journal {path}: {reason}.</source>
        <translation>无法打开日志 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Check the journal path and its permissions in the configuration.</source>
        <translation>请检查配置中的日志路径及其权限。</translation>
    </message>
    <message>
        <source>Cannot prepare the journal {path}: {reason}.</source>
        <translation>无法准备日志 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Cannot read the journal {path}: {reason}.</source>
        <translation>无法读取日志 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Try again; if it persists, run `station journal verify` and check the disk.</source>
        <translation>请重试；如果问题持续，请运行 `station journal verify` 并检查磁盘。</translation>
    </message>
    <message>
        <source>Cannot write to the journal {path}: {reason}.</source>
        <translation>无法写入日志 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Check the journal path in the configuration.</source>
        <translation>请检查配置中的日志路径。</translation>
    </message>
    <message>
        <source>Check the path.</source>
        <translation>请检查路径。</translation>
    </message>
    <message>
        <source>record {seq}</source>
        <translation>记录 {seq}</translation>
    </message>
    <message>
        <source>tables</source>
        <translation>表</translation>
    </message>
    <message>
        <source>Journal {path} is DAMAGED: {reason}.
The hash chain was not checked: the file itself cannot be trusted.
{action}</source>
        <translation>日志 {path} 已损坏：{reason}。
未检查哈希链：文件本身不可信。
{action}</translation>
    </message>
    <message>
        <source>Journal {path} FAILED verification at {where}: {reason}.
{checked} records before it verified.
Keep this file for investigation and restore the journal from its backup.</source>
        <translation>日志 {path} 验证失败（{where}）：{reason}。
此前的 {checked} 条记录已验证。
请保留此文件以供调查，并从备份恢复日志。</translation>
    </message>
    <message>
        <source>There is no attempt {text} in {path}.</source>
        <translation>{path} 中没有尝试 {text}。</translation>
    </message>
    <message>
        <source>copy the attempt ID from `station journal list`</source>
        <translation>请从 `station journal list` 复制尝试 ID</translation>
    </message>
    <message>
        <source>--kind {kind} is not a kind of privileged event.</source>
        <translation>--kind {kind} 不是特权事件的类型。</translation>
    </message>
    <message>
        <source>--result {name} is not a result.</source>
        <translation>--result {name} 不是结果。</translation>
    </message>
    <message>
        <source>{option} {text} is not a date or time.</source>
        <translation>{option} {text} 不是日期或时间。</translation>
    </message>
    <message>
        <source>write {option} 2026-03-01 or {option} 2026-03-01T14:30</source>
        <translation>请写成 {option} 2026-03-01 或 {option} 2026-03-01T14:30</translation>
    </message>
    <message>
        <source>Several attempts start with {text}.</source>
        <translation>有多个尝试以 {text} 开头。</translation>
    </message>
    <message>
        <source>type more characters of the attempt ID</source>
        <translation>请输入更多尝试 ID 字符</translation>
    </message>
    <message>
        <source>use one of {names}</source>
        <translation>请使用其中之一：{names}</translation>
    </message>
    <message>
        <source>Journal {path} verified: {count} records, chain intact.</source>
        <translation>日志 {path} 已验证：{count} 条记录，链完整。</translation>
    </message>
    <message>
        <source>The journal {path} is damaged: SQLite reports the database file as malformed ({detail}).</source>
        <translation>日志 {path} 已损坏：SQLite 报告该数据库文件格式错误（{detail}）。</translation>
    </message>
    <message>
        <source>Cannot read the journal {path} for export: {reason}.</source>
        <translation>无法读取日志 {path} 以进行导出：{reason}。</translation>
    </message>
    <message>
        <source>Try again; if it persists, run `station journal verify`.</source>
        <translation>请重试；如果问题持续，请运行 `station journal verify`。</translation>
    </message>
    <message>
        <source>Cannot write {what} to {path}: {reason}.</source>
        <translation>无法将{what}写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space.</source>
        <translation>请选择一个有写权限且有空闲空间的文件夹。</translation>
    </message>
    <message>
        <source>the events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>The file {path} is an SQLite database but not a station journal; it was not changed.</source>
        <translation>文件 {path} 是 SQLite 数据库，但不是工位日志；它未被更改。</translation>
    </message>
    <message>
        <source>The journal {path} cannot be read now: another program holds it locked ({reason}). This says nothing about the file.</source>
        <translation>现在无法读取日志 {path}：另一个程序将其锁定（{reason}）。这并不说明文件本身有问题。</translation>
    </message>
    <message>
        <source>Close other programs using the journal (another station window, a copy or backup in progress), then try again.</source>
        <translation>请关闭正在使用该日志的其他程序（另一个工位窗口、正在进行的复制或备份），然后重试。</translation>
    </message>
    <message>
        <source>The journal {path} was written by a newer station version (schema {version}; this station understands up to {known}). It has not been changed.</source>
        <translation>日志 {path} 由较新的工位版本写入（架构 {version}；本工位最多支持 {known}）。它未被更改。</translation>
    </message>
    <message>
        <source>Upgrade the station software on this PC, or open a different journal.</source>
        <translation>请升级本机的工位软件，或打开其他日志。</translation>
    </message>
    <message>
        <source>Cannot create the folder for the journal {path}: {reason}.</source>
        <translation>无法为日志 {path} 创建文件夹：{reason}。</translation>
    </message>
    <message>
        <source>Choose a journal path in a writable folder in the configuration.</source>
        <translation>请在配置中选择位于可写文件夹中的日志路径。</translation>
    </message>
    <message>
        <source>The journal {path} cannot use write-ahead logging (mode {mode}).</source>
        <translation>日志 {path} 无法使用预写日志（模式 {mode}）。</translation>
    </message>
    <message>
        <source>Keep the journal on a local disk, not a network share.</source>
        <translation>请将日志放在本地磁盘上，而不是网络共享上。</translation>
    </message>
    <message>
        <source>There is no journal at {path}.</source>
        <translation>{path} 处没有日志。</translation>
    </message>
    <message>
        <source>Check the journal path in the configuration, or provision a device first.</source>
        <translation>请检查配置中的日志路径，或先配置一台设备。</translation>
    </message>
    <message>
        <source>Check the journal path.</source>
        <translation>请检查日志路径。</translation>
    </message>
    <message>
        <source>The file {path} is not a station journal ({reason}).</source>
        <translation>文件 {path} 不是工位日志（{reason}）。</translation>
    </message>
    <message>
        <source>Cannot update the journal outbox: {reason}.</source>
        <translation>无法更新日志发件队列：{reason}。</translation>
    </message>
    <message>
        <source>Stop provisioning on this station. Keep this file for investigation, and restore the journal from its backup (docs/recovery.md, &apos;A journal that fails verification&apos;).</source>
        <translation>请停止在此工位上配置设备。保留此文件以供调查，并从备份恢复日志（docs/recovery.md，“A journal that fails verification”）。</translation>
    </message>
    <message>
        <source>The journal {path} could not be checked: {cause}. This says nothing about the file.</source>
        <translation>无法检查日志 {path}：{cause}。这并不说明文件本身有问题。</translation>
    </message>
    <message>
        <source>the check was interrupted ({reason})</source>
        <translation>检查被中断（{reason}）</translation>
    </message>
    <message>
        <source>Verify again.</source>
        <translation>请重新验证。</translation>
    </message>
    <message>
        <source>the disk reported an I/O error ({reason})</source>
        <translation>磁盘报告了 I/O 错误（{reason}）</translation>
    </message>
    <message>
        <source>Check the disk the journal is on (the system log for I/O errors, its free space), then verify again.</source>
        <translation>请检查日志所在的磁盘（系统日志中的 I/O 错误、剩余空间），然后重新验证。</translation>
    </message>
    <message>
        <source>another program holds the journal locked ({reason})</source>
        <translation>另一个程序锁定了该日志（{reason}）</translation>
    </message>
    <message>
        <source>Close other programs using the journal (another station window, a copy or backup in progress), then verify again.</source>
        <translation>请关闭正在使用该日志的其他程序（另一个工位窗口、正在进行的复制或备份），然后重新验证。</translation>
    </message>
    <message>
        <source>The journal {path} cannot be read as a station journal ({reason}).</source>
        <translation>无法将 {path} 作为工位日志读取（{reason}）。</translation>
    </message>
    <message>
        <source>Check the journal path in the configuration; restore the file from backup if it is damaged.</source>
        <translation>请检查配置中的日志路径；如果文件已损坏，请从备份恢复。</translation>
    </message>
    <message>
        <source>Cannot copy the journal {source} to {destination} before upgrading it: {reason}.</source>
        <translation>升级前无法将日志 {source} 复制到 {destination}：{reason}。</translation>
    </message>
    <message>
        <source>Check that the journal&apos;s folder has free space for a second copy of the journal and is writable.</source>
        <translation>请检查日志所在文件夹是否有足够空间存放日志的第二份副本，并且可写。</translation>
    </message>
    <message>
        <source>The journal {path} must be upgraded to this station&apos;s format, but it does not verify ({reason}). It has not been changed.</source>
        <translation>日志 {path} 必须升级到本工位的格式，但它未通过验证（{reason}）。它未被更改。</translation>
    </message>
    <message>
        <source>Restore the journal from its backup, or keep this copy for investigation and start a new journal; `station journal verify` shows the problem.</source>
        <translation>请从备份恢复日志，或保留此副本以供调查并开始新的日志；`station journal verify` 会显示问题所在。</translation>
    </message>
    <message>
        <source>Upgrading the journal {path} to this station&apos;s format failed ({reason}). The journal was put back as it was.</source>
        <translation>将日志 {path} 升级到本工位格式失败（{reason}）。日志已恢复原样。</translation>
    </message>
    <message>
        <source>Check that the journal&apos;s disk has free space and is writable, then start the station again; if it fails again, keep running the previous station version and send the journal file to support.</source>
        <translation>请检查日志所在磁盘是否有空闲空间且可写，然后重新启动工位；如果再次失败，请继续使用之前的工位版本，并将日志文件发送给技术支持。</translation>
    </message>
    <message>
        <source>The journal {path} is being upgraded by another station process, which has held the lock {lock} for more than {seconds} s.</source>
        <translation>另一个工位进程正在升级日志 {path}，它持有锁 {lock} 已超过 {seconds} 秒。</translation>
    </message>
    <message>
        <source>Wait for the other station process (or `station` command) on this PC to finish, or close it. If no other station process runs, the lock is stale: remove {lock} and start again.</source>
        <translation>请等待此 PC 上的另一个工位进程（或 `station` 命令）结束，或将其关闭。如果没有其他工位进程在运行，则该锁已失效：请删除 {lock} 后重新启动。</translation>
    </message>
    <message>
        <source>Upgrading the journal {path} did not keep every record intact ({reason}; {after} records after, {before} before). The journal was put back as it was.</source>
        <translation>升级日志 {path} 时未能保持所有记录完整（{reason}；升级后 {after} 条记录，升级前 {before} 条）。日志已恢复原样。</translation>
    </message>
    <message>
        <source>Keep running the previous station version on this PC and send the journal file to support: this is a station bug.</source>
        <translation>请在此 PC 上继续使用之前的工位版本，并将日志文件发送给技术支持：这是工位软件的缺陷。</translation>
    </message>
    <message>
        <source>Cannot create {lock} to upgrade the journal {path}: {reason}.</source>
        <translation>无法创建 {lock} 以升级日志 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Check that the journal&apos;s folder is writable by the station&apos;s user.</source>
        <translation>请检查工位的用户是否可以写入日志所在的文件夹。</translation>
    </message>
    <message>
        <source>the privileged action in record {seq} differs in the table</source>
        <translation>记录 {seq} 中的特权操作与表中不一致</translation>
    </message>
    <message>
        <source>The journal {path} cannot be read to the end ({reason}).</source>
        <translation>无法读取日志 {path} 直到末尾（{reason}）。</translation>
    </message>
    <message>
        <source>Restore the journal from its backup and keep this copy for investigation.</source>
        <translation>请从备份恢复日志，并保留此副本以供调查。</translation>
    </message>
    <message>
        <source>the {table} table holds {count} rows but the records explain {seen}</source>
        <translation>表 {table} 有 {count} 行，但记录只能解释 {seen} 行</translation>
    </message>
    <message>
        <source>attempt {attempt}: the table says {key} = {table}, its records say {records}</source>
        <translation>尝试 {attempt}：表中为 {key} = {table}，其记录中为 {records}</translation>
    </message>
    <message>
        <source>record {seq} ({kind}) is not in the form the station writes ({error})</source>
        <translation>记录 {seq}（{kind}）不是工位写入的格式（{error}）</translation>
    </message>
    <message>
        <source>record {seq} does not match its hash: it was changed after it was written, or records were removed, inserted or reordered here</source>
        <translation>记录 {seq} 与其哈希不符：它在写入后被更改，或此处有记录被删除、插入或重新排序</translation>
    </message>
    <message>
        <source>attempt {attempt}: its intents differ from its records</source>
        <translation>尝试 {attempt}：其意图与其记录不一致</translation>
    </message>
    <message>
        <source>record {seq} stores a link to the record before it (prev_hash) that is not {before}: the link was changed after it was written</source>
        <translation>记录 {seq} 保存的指向前一条记录的链接（prev_hash）不是{before}：该链接在写入后被更改</translation>
    </message>
    <message>
        <source>record {seq}&apos;s hash</source>
        <translation>记录 {seq} 的哈希</translation>
    </message>
    <message>
        <source>the chain&apos;s start (32 zero bytes)</source>
        <translation>链的起点（32 个零字节）</translation>
    </message>
    <message>
        <source>the database file is malformed: SQLite&apos;s integrity check reports {problem}</source>
        <translation>数据库文件已损坏：SQLite 的完整性检查报告 {problem}</translation>
    </message>
    <message>
        <source>the database file is malformed: SQLite&apos;s integrity check reports {problem} (and {more} more)</source>
        <translation>数据库文件已损坏：SQLite 的完整性检查报告 {problem}（另有 {more} 条）</translation>
    </message>
    <message>
        <source>record {seq} is missing (the next record is {next})</source>
        <translation>缺少记录 {seq}（下一条记录是 {next}）</translation>
    </message>
    <message>
        <source>record {seq} ({kind}) names no attempt</source>
        <translation>记录 {seq}（{kind}）未指明任何尝试</translation>
    </message>
    <message>
        <source>attempt {attempt} is in the events but not in the table</source>
        <translation>尝试 {attempt} 在事件中，但不在表中</translation>
    </message>
    <message>
        <source>record {seq} ({kind}) belongs to no open attempt</source>
        <translation>记录 {seq}（{kind}）不属于任何未结束的尝试</translation>
    </message>
    <message>
        <source>attempt {attempt}: its steps differ from its records</source>
        <translation>尝试 {attempt}：其步骤与其记录不一致</translation>
    </message>
    <message>
        <source>record {seq} has an unknown kind {kind}</source>
        <translation>记录 {seq} 的类型 {kind} 未知</translation>
    </message>
    <message>
        <source>Check that the disk holding the journal has free space and is writable. Provisioning stays stopped until the journal can be written.</source>
        <translation>请检查存放日志的磁盘是否有空闲空间且可写。在日志可以写入之前，设备配置将保持停止。</translation>
    </message>
    <message>
        <source>Put the device on a slot and check again, or confirm that you accept the risk.</source>
        <translation>请将设备放入槽位后再次检查，或确认您接受此风险。</translation>
    </message>
    <message>
        <source>{line} — {message} What to do: {action}</source>
        <translation>{line} — {message} 处理方法：{action}</translation>
    </message>
    <message>
        <source>Give a DEVICE_ID or --slot.</source>
        <translation>请给出 DEVICE_ID 或 --slot。</translation>
    </message>
    <message>
        <source>See `station rework check --help`.</source>
        <translation>参见 `station rework check --help`。</translation>
    </message>
    <message>
        <source>slot {slot}: {result}</source>
        <translation>槽位 {slot}：{result}</translation>
    </message>
    <message>
        <source>slot {slot}: {result} {device}</source>
        <translation>槽位 {slot}：{result} {device}</translation>
    </message>
    <message>
        <source>Unregistered {device} from realm {realm} (target {target}). It can be registered again: `station rework reprovision --slots &lt;slot&gt; --reason ...`.</source>
        <translation>已从领域 {realm} 注销 {device}（目标 {target}）。它可以再次注册：`station rework reprovision --slots &lt;slot&gt; --reason ...`。</translation>
    </message>
    <message>
        <source>{message}
What to do: {action}</source>
        <translation>{message}
处理方法：{action}</translation>
    </message>
    <message>
        <source>The device on slot {slot} is {found}, not {device}.</source>
        <translation>槽位 {slot} 上的设备是 {found}，不是 {device}。</translation>
    </message>
    <message>
        <source>Give the right slot, or leave out the device ID.</source>
        <translation>请给出正确的槽位，或省略设备 ID。</translation>
    </message>
    <message>
        <source>Device {device} is not on a slot. The journal says it has {kind} storage and {written}; what it holds now cannot be checked.</source>
        <translation>设备 {device} 不在槽位上。日志显示它使用 {kind} 存储，并且{written}；无法检查它现在保存的内容。</translation>
    </message>
    <message>
        <source>Device {device} is not on a slot and this station&apos;s journal has no record of it, so its storage cannot be checked. If it has write-once (OTP) storage that holds a secret, unregistering makes it scrap.</source>
        <translation>设备 {device} 不在槽位上，本工位的日志中也没有它的记录，因此无法检查其存储。如果它使用已保存密钥的一次性写入（OTP）存储，注销会使其报废。</translation>
    </message>
    <message>
        <source>has no write recorded here</source>
        <translation>此处没有写入记录</translation>
    </message>
    <message>
        <source>Device {device} (from the journal; it is not on a slot): {loss}</source>
        <translation>设备 {device}（来自日志；不在槽位上）：{loss}</translation>
    </message>
    <message>
        <source>Put the device on a slot to check its storage, or unregister only if the unit is to be scrapped anyway.</source>
        <translation>请将设备放入槽位以检查其存储，或仅在该设备本来就要报废时才注销。</translation>
    </message>
    <message>
        <source>was written by this station</source>
        <translation>已由本工位写入</translation>
    </message>
    <message>
        <source>Device {device} has rewritable storage but is locked (out of factory mode): the station cannot write it until it is returned to factory mode.</source>
        <translation>设备 {device} 使用可重写存储，但已锁定（已退出工厂模式）：恢复到工厂模式之前，工位无法写入。</translation>
    </message>
    <message>
        <source>Unregister it, have the rework bench return it to factory mode (erase its secure storage), then provision it again with the &apos;already passed&apos; override.</source>
        <translation>请将其注销，交由返工台恢复到工厂模式（擦除其安全存储），然后以强制放行“已通过”的方式再次配置。</translation>
    </message>
    <message>
        <source>Slots {slots} did not finish within {timeout_s} s.</source>
        <translation>槽位 {slots} 未在 {timeout_s} 秒内完成。</translation>
    </message>
    <message>
        <source>Check the devices and the journal, then provision them again.</source>
        <translation>请检查设备和日志，然后重新配置。</translation>
    </message>
    <message>
        <source>The storage check shown was for device {checked}, not {device}; nothing was sent.</source>
        <translation>显示的存储检查针对的是设备 {checked}，而不是 {device}；未发送任何内容。</translation>
    </message>
    <message>
        <source>Check the device again, then unregister it.</source>
        <translation>请再次检查设备，然后将其注销。</translation>
    </message>
    <message>
        <source>Device {device}: {loss}</source>
        <translation>设备 {device}：{loss}</translation>
    </message>
    <message>
        <source>Unregister only if the unit is to be scrapped anyway (for example a tampered unit whose credentials must stop working); otherwise do not unregister it.</source>
        <translation>仅在该设备本来就要报废时才注销（例如凭据必须失效的被篡改设备）；否则请勿注销。</translation>
    </message>
    <message>
        <source>Its storage is write-once (OTP) and already holds a secret, so it cannot take a new one: after unregistering, the secret it holds stops working and the unit can never be provisioned again (scrap).</source>
        <translation>其存储为一次性写入（OTP）且已保存密钥，因此无法再写入新密钥：注销后，其中的密钥将失效，该设备再也无法配置（报废）。</translation>
    </message>
    <message>
        <source>Device {device} has {kind} storage that is {state} and in factory mode: it can take a new secret.</source>
        <translation>设备 {device} 使用 {kind} 存储，状态为{state}，且处于工厂模式：它可以写入新密钥。</translation>
    </message>
    <message>
        <source>Unregister it, then provision it again with the &apos;already passed&apos; override.</source>
        <translation>请将其注销，然后以强制放行“已通过”的方式再次配置。</translation>
    </message>
    <message>
        <source>corrupt</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>written</source>
        <translation>已写入</translation>
    </message>
    <message>
        <source>{assessment} Nothing was sent.</source>
        <translation>{assessment} 未发送任何内容。</translation>
    </message>
    <message>
        <source>Confirm that you accept this (tick the confirmation) or leave the device as it is.</source>
        <translation>请确认您接受这一点（勾选确认框），或保持设备现状。</translation>
    </message>
    <message>
        <source>{name} cannot be a fleet role name.</source>
        <translation>{name} 不能用作机群角色名。</translation>
    </message>
    <message>
        <source>Use the station&apos;s ID (e.g. line-a), not a reserved or group name.</source>
        <translation>请使用工位的 ID（例如 line-a），不要使用保留名或组名。</translation>
    </message>
    <message>
        <source>A supervisor may open an offline lot (`station fleet lot open`) to go on.</source>
        <translation>主管可以开启离线批次（`station fleet lot open`）以继续。</translation>
    </message>
    <message>
        <source>{action} A supervisor may open an offline lot (`station fleet lot open`) to go on.</source>
        <translation>{action}主管可以开启离线批次（`station fleet lot open`）以继续。</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is {seconds} s ahead of the server&apos;s (leases use the server&apos;s clock)</source>
        <translation>本机时钟比服务器快 {seconds} 秒（占用使用服务器的时钟）</translation>
    </message>
    <message>
        <source>this PC&apos;s clock is {seconds} s behind the server&apos;s (leases use the server&apos;s clock)</source>
        <translation>本机时钟比服务器慢 {seconds} 秒（占用使用服务器的时钟）</translation>
    </message>
    <message>
        <source>connected to {host}:{port}/{database} as {role} ({tls})</source>
        <translation>已以 {role} 身份连接到 {host}:{port}/{database}（{tls}）</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>无 TLS</translation>
    </message>
    <message>
        <source>may ship events and claim device IDs</source>
        <translation>可以上传事件并占用设备 ID</translation>
    </message>
    <message>
        <source>fleet schema version {version}</source>
        <translation>机群模式版本 {version}</translation>
    </message>
    <message>
        <source>events shipped so far: up to seq {seq}</source>
        <translation>目前已上传的事件：直到 seq {seq}</translation>
    </message>
    <message>
        <source>Device {device_id} in slot {slot} was already provisioned by station {holder} ({when}). It was not registered again.</source>
        <translation>槽位 {slot} 中的设备 {device_id} 已由工位 {holder} 配置（{when}）。未再次注册。</translation>
    </message>
    <message>
        <source>Take the device out of slot {slot} and give it to the supervisor: either it was provisioned before, or two units carry the same hardware ID.</source>
        <translation>将设备从槽位 {slot} 取出并交给主管：要么它之前已配置过，要么两台设备带有相同的硬件 ID。</translation>
    </message>
    <message>
        <source>Device {device_id} in slot {slot} is being provisioned by station {holder} right now (since {when}). It was not registered here.</source>
        <translation>槽位 {slot} 中的设备 {device_id} 正由工位 {holder} 配置中（自 {when} 起）。未在此注册。</translation>
    </message>
    <message>
        <source>Take the device out of slot {slot} and give it to the supervisor: two units with the same hardware ID are on two lines.</source>
        <translation>将设备从槽位 {slot} 取出并交给主管：两条产线上有两台硬件 ID 相同的设备。</translation>
    </message>
    <message>
        <source>The centre gave no answer to the claim of {device_id}.</source>
        <translation>中心未对 {device_id} 的占用作出应答。</translation>
    </message>
    <message>
        <source>The central database did not answer a claim ({reason}).</source>
        <translation>中央数据库未对占用请求作出应答（{reason}）。</translation>
    </message>
    <message>
        <source>New devices are not registered until the centre answers again; check the network to the central server.</source>
        <translation>在中心再次应答之前不会注册新设备；请检查到中央服务器的网络。</translation>
    </message>
    <message>
        <source>Could not create role {name}: {detail}</source>
        <translation>无法创建角色 {name}：{detail}</translation>
    </message>
    <message>
        <source>Run it as the database superuser, after `station fleet init-db` on this database.</source>
        <translation>请在此数据库上运行 `station fleet init-db` 之后，以数据库超级用户身份运行。</translation>
    </message>
    <message>
        <source>Could not retire {month}: {detail}</source>
        <translation>无法停用 {month}：{detail}</translation>
    </message>
    <message>
        <source>Give a month before this one that has a partition of its own (`\d+ fleet.events` in psql lists them); run it as the database superuser.</source>
        <translation>请给出本月之前、拥有独立分区的月份（在 psql 中用 `\d+ fleet.events` 列出）；以数据库超级用户身份运行。</translation>
    </message>
    <message>
        <source>init-db failed and changed nothing: {detail}</source>
        <translation>init-db 失败，未作任何更改：{detail}</translation>
    </message>
    <message>
        <source>Fix what PostgreSQL names above (e.g. a half-made `fleet` schema left by hand needs dropping), then run init-db again as the database superuser.</source>
        <translation>请修复上面 PostgreSQL 指出的问题（例如需要删除手工建了一半的 `fleet` 模式），然后以数据库超级用户身份重新运行 init-db。</translation>
    </message>
    <message>
        <source>Not allowed to create the fleet schema: {detail}.</source>
        <translation>无权创建机群模式：{detail}。</translation>
    </message>
    <message>
        <source>Run init-db as the database superuser (postgres).</source>
        <translation>请以数据库超级用户（postgres）身份运行 init-db。</translation>
    </message>
    <message>
        <source>last seen {when}</source>
        <translation>最后出现于 {when}</translation>
    </message>
    <message>
        <source>last seen {when} (lag {lag} s)</source>
        <translation>最后出现于 {when}（延迟 {lag} 秒）</translation>
    </message>
    <message>
        <source>--months {months} is out of range.</source>
        <translation>--months {months} 超出范围。</translation>
    </message>
    <message>
        <source>Give 1 to 120 months (default 3).</source>
        <translation>请给出 1 到 120 个月（默认 3）。</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>从未出现</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL as the administrator: {detail}</source>
        <translation>无法以管理员身份连接 PostgreSQL：{detail}</translation>
    </message>
    <message>
        <source>Run as the database superuser, e.g. `sudo -u postgres station fleet init-db --dsn dbname=fleet`, after `createdb fleet`.</source>
        <translation>请以数据库超级用户身份运行，例如在 `createdb fleet` 之后运行 `sudo -u postgres station fleet init-db --dsn dbname=fleet`。</translation>
    </message>
    <message>
        <source>Could not make the monthly partitions: {detail}</source>
        <translation>无法创建月度分区：{detail}</translation>
    </message>
    <message>
        <source>Run it as the database superuser, after `station fleet init-db`.</source>
        <translation>请在 `station fleet init-db` 之后以数据库超级用户身份运行。</translation>
    </message>
    <message>
        <source>No password on standard input.</source>
        <translation>标准输入中没有密码。</translation>
    </message>
    <message>
        <source>Pipe it in: `station fleet set-password &lt; file`, or type it and press Enter.</source>
        <translation>请通过管道传入：`station fleet set-password &lt; file`，或输入后按回车。</translation>
    </message>
    <message>
        <source>--retire {month} is not a month.</source>
        <translation>--retire {month} 不是月份。</translation>
    </message>
    <message>
        <source>Give it as YYYY-MM, e.g. 2025-01.</source>
        <translation>请按 YYYY-MM 格式给出，例如 2025-01。</translation>
    </message>
    <message>
        <source>Fleet mode is off: the configuration has no [fleet] section.</source>
        <translation>机群模式已关闭：配置中没有 [fleet] 部分。</translation>
    </message>
    <message>
        <source>Add [fleet] with host, database and role (docs/fleet.md), then run this again.</source>
        <translation>请添加包含 host、database 和 role 的 [fleet]（docs/fleet.md），然后重新运行。</translation>
    </message>
    <message>
        <source>Fleet mode is off: the configuration has no [fleet] section, so claims and lots do not apply.</source>
        <translation>机群模式已关闭：配置中没有 [fleet] 部分，因此占用和批次不适用。</translation>
    </message>
    <message>
        <source>Add [fleet] (docs/fleet.md) to use offline lots.</source>
        <translation>请添加 [fleet]（docs/fleet.md）以使用离线批次。</translation>
    </message>
    <message>
        <source>ok: {line}</source>
        <translation>正常：{line}</translation>
    </message>
    <message>
        <source>Password (shown once):</source>
        <translation>密码（仅显示一次）：</translation>
    </message>
    <message>
        <source>Password of fleet role {role}: </source>
        <translation>机群角色 {role} 的密码：</translation>
    </message>
    <message>
        <source>Stored the password of fleet role {role} in the keyring.</source>
        <translation>已将机群角色 {role} 的密码保存到密钥环。</translation>
    </message>
    <message>
        <source>{realm} {device_id}: registered by {station}</source>
        <translation>{realm} {device_id}：由 {station} 注册</translation>
    </message>
    <message>
        <source>Created role {name} ({group}).</source>
        <translation>已创建角色 {name}（{group}）。</translation>
    </message>
    <message>
        <source>Reset the password of role {name} ({group}).</source>
        <translation>已重置角色 {name} 的密码（{group}）。</translation>
    </message>
    <message>
        <source>Created the fleet schema in {database} on {host} (version {version}).</source>
        <translation>已在 {host} 上的 {database} 中创建机群模式（版本 {version}）。</translation>
    </message>
    <message>
        <source>The fleet schema in {database} on {host} is up to date (version {version}).</source>
        <translation>{host} 上 {database} 中的机群模式已是最新（版本 {version}）。</translation>
    </message>
    <message>
        <source>Migrated the fleet schema in {database} on {host} from version {before} to {after}.</source>
        <translation>已将 {host} 上 {database} 中的机群模式从版本 {before} 迁移到 {after}。</translation>
    </message>
    <message>
        <source>{link}: acked seq {acked}, backlog {backlog}</source>
        <translation>{link}：已确认至 seq {acked}，积压 {backlog}</translation>
    </message>
    <message>
        <source>{link}: acked seq {acked}, backlog {backlog} ({problem})</source>
        <translation>{link}：已确认至 seq {acked}，积压 {backlog}（{problem}）</translation>
    </message>
    <message>
        <source>shipped up to seq {seq}; backlog {backlog}</source>
        <translation>已上传至 seq {seq}；积压 {backlog}</translation>
    </message>
    <message>
        <source>The password read from standard input is shorter than 12 characters.</source>
        <translation>从标准输入读取的密码短于 12 个字符。</translation>
    </message>
    <message>
        <source>Give a longer password, or leave out --password-stdin to get a generated one.</source>
        <translation>请给出更长的密码，或省略 --password-stdin 以获取生成的密码。</translation>
    </message>
    <message>
        <source>{station}: {state}, {seen}; today {passed} passed, {failed} not</source>
        <translation>{station}：{state}，{seen}；今天 {passed} 台通过，{failed} 台未通过</translation>
    </message>
    <message>
        <source>{station}: {state}, {seen}; today {passed} passed, {failed} not; OFFLINE LOT {lot} open (by {by})</source>
        <translation>{station}：{state}，{seen}；今天 {passed} 台通过，{failed} 台未通过；离线批次 {lot} 已打开（由 {by}）</translation>
    </message>
    <message>
        <source>Shipping is stopped and nothing is lost locally. Ask plant IT to compare this journal with the centre before shipping again (docs/fleet.md, &apos;Forked journal&apos;).</source>
        <translation>上传已停止，本地没有丢失任何内容。请工厂 IT 在再次上传前将此日志与中心进行比对（docs/fleet.md，&apos;Forked journal&apos;）。</translation>
    </message>
    <message>
        <source>The centre already holds a different event {seq} for journal {journal_id}: this journal was restored from an older backup or forked.</source>
        <translation>中心已保存日志 {journal_id} 的另一个事件 {seq}：此日志是从较旧的备份恢复的，或已分叉。</translation>
    </message>
    <message>
        <source>The centre holds events up to seq {acked} of journal {journal_id}, but the local journal ends at seq {local}: it was restored from an older backup.</source>
        <translation>中心保存了日志 {journal_id} 直到 seq {acked} 的事件，但本地日志止于 seq {local}：它是从较旧的备份恢复的。</translation>
    </message>
    <message>
        <source>The centre holds a different event {seq} for journal {journal_id}: this journal was restored from an older backup or forked.</source>
        <translation>中心保存的日志 {journal_id} 的事件 {seq} 与本地不同：此日志是从较旧的备份恢复的，或已分叉。</translation>
    </message>
    <message>
        <source>Events of this station&apos;s journal are already at the centre under another journal ID (the journal was copied or restored): {detail}</source>
        <translation>本工位日志的事件已以另一个日志 ID 存在于中心（日志曾被复制或恢复）：{detail}</translation>
    </message>
    <message>
        <source>Put the device from slot {slot} aside for the supervisor (rework).</source>
        <translation>将槽位 {slot} 中的设备放到一边交给主管（返工）。</translation>
    </message>
    <message>
        <source>This station&apos;s claim on device {device_id} ran out and another station took it; it was not locked (slot {slot}).</source>
        <translation>本工位对设备 {device_id} 的占用已过期，被另一个工位取得；设备未锁定（槽位 {slot}）。</translation>
    </message>
    <message>
        <source>This station&apos;s claim on device {device_id} ran out and another station took it; no secret was written to it (slot {slot}).</source>
        <translation>本工位对设备 {device_id} 的占用已过期，被另一个工位取得；未向其写入任何密钥（槽位 {slot}）。</translation>
    </message>
    <message>
        <source>Offline lot {lot} is already open (by {by}, {since} UTC). Nothing was changed.</source>
        <translation>离线批次 {lot} 已打开（由 {by}，{since} UTC）。未作任何更改。</translation>
    </message>
    <message>
        <source>Close it first (`station fleet lot close`) if a new lot is meant.</source>
        <translation>如果要开新批次，请先关闭它（`station fleet lot close`）。</translation>
    </message>
    <message>
        <source>Closed offline lot {lot}: without the centre, this station registers nothing new again.</source>
        <translation>已关闭离线批次 {lot}：没有中心时，本工位不再注册任何新设备。</translation>
    </message>
    <message>
        <source>No offline lot is open: without the centre, nothing new is registered.</source>
        <translation>没有打开的离线批次：没有中心时，不会注册任何新设备。</translation>
    </message>
    <message>
        <source>No offline lot is open on this station. Nothing was changed.</source>
        <translation>此工位没有打开的离线批次。未作任何更改。</translation>
    </message>
    <message>
        <source>`station fleet lot status` shows the station&apos;s lot state.</source>
        <translation>`station fleet lot status` 会显示工位的批次状态。</translation>
    </message>
    <message>
        <source>Opened offline lot {lot}. While the centre does not answer, this station registers new devices without a claim and journals each one; close the lot with {how_to_close} when the centre is back.</source>
        <translation>已开启离线批次 {lot}。在中心无应答期间，本工位不经占用注册新设备，并将每台记入日志；中心恢复后请用“{how_to_close}”关闭该批次。</translation>
    </message>
    <message>
        <source>Offline lot {lot} is open since {since} UTC, by {by}: {reason}</source>
        <translation>离线批次 {lot} 自 {since} UTC 起打开，由 {by} 开启：{reason}</translation>
    </message>
    <message>
        <source>The database {database} on {host} was never initialised for the fleet.</source>
        <translation>{host} 上的数据库 {database} 从未为机群初始化。</translation>
    </message>
    <message>
        <source>Plant IT runs `station fleet init-db` once, as the database superuser.</source>
        <translation>由工厂 IT 以数据库超级用户身份运行一次 `station fleet init-db`。</translation>
    </message>
    <message>
        <source>The central database has fleet schema version {found}; this station understands up to {known}. Nothing was changed.</source>
        <translation>中央数据库的机群模式版本为 {found}；本工位最多支持 {known}。未作任何更改。</translation>
    </message>
    <message>
        <source>Upgrade the station software to the version the other stations run.</source>
        <translation>请将工位软件升级到其他工位所用的版本。</translation>
    </message>
    <message>
        <source>No claim on device {device_id} in realm {realm} to release: it was never claimed in this fleet, or it was released already. Nothing was changed.</source>
        <translation>领域 {realm} 中没有可释放的设备 {device_id} 占用：它从未在此机群中被占用，或已被释放。未作任何更改。</translation>
    </message>
    <message>
        <source>Check the device ID and the realm (`--realm`); the station&apos;s rework check shows the device&apos;s state.</source>
        <translation>请检查设备 ID 和领域（`--realm`）；工位的返工检查会显示设备的状态。</translation>
    </message>
    <message>
        <source>The central database has no free connection for role {role}.</source>
        <translation>中央数据库没有可供角色 {role} 使用的空闲连接。</translation>
    </message>
    <message>
        <source>Close other station programs using this role, or ask plant IT to raise max_connections.</source>
        <translation>请关闭使用此角色的其他工位程序，或请工厂 IT 提高 max_connections。</translation>
    </message>
    <message>
        <source>There is no database {database} on {host}:{port}.</source>
        <translation>{host}:{port} 上没有数据库 {database}。</translation>
    </message>
    <message>
        <source>Check [fleet] database, or ask plant IT to create it and run `station fleet init-db`.</source>
        <translation>请检查 [fleet] database，或请工厂 IT 创建该数据库并运行 `station fleet init-db`。</translation>
    </message>
    <message>
        <source>Role {role} may log in but has no rights on the fleet schema.</source>
        <translation>角色 {role} 可以登录，但对机群模式没有任何权限。</translation>
    </message>
    <message>
        <source>Plant IT runs `station fleet add-station {role}`: it puts the role in the `stations` group.</source>
        <translation>由工厂 IT 运行 `station fleet add-station {role}`：它会把该角色加入 `stations` 组。</translation>
    </message>
    <message>
        <source>The central database does not let role {role} log in from this PC.</source>
        <translation>中央数据库不允许角色 {role} 从此电脑登录。</translation>
    </message>
    <message>
        <source>Ask plant IT to run `station fleet add-station {role}` and to allow this PC in pg_hba.conf.</source>
        <translation>请工厂 IT 运行 `station fleet add-station {role}`，并在 pg_hba.conf 中允许此电脑。</translation>
    </message>
    <message>
        <source>The centre refused: role {role} is not a fleet supervisor, so it may not release the claim on {device_id}. Nothing was changed.</source>
        <translation>中心拒绝：角色 {role} 不是机群主管，因此不能释放对 {device_id} 的占用。未作任何更改。</translation>
    </message>
    <message>
        <source>Sign in with your own supervisor role (`--as NAME`); plant IT makes one with `station fleet add-supervisor NAME`.</source>
        <translation>请使用您自己的主管角色登录（`--as NAME`）；由工厂 IT 用 `station fleet add-supervisor NAME` 创建。</translation>
    </message>
    <message>
        <source>The centre did not record device {device_id} as provisioned by this station (its claim was taken over).</source>
        <translation>中心未将设备 {device_id} 记录为由本工位配置（其占用已被接管）。</translation>
    </message>
    <message>
        <source>Put the device from slot {slot} aside for the supervisor: it holds working credentials but the fleet does not know it is done.</source>
        <translation>将槽位 {slot} 中的设备放到一边交给主管：它持有有效凭据，但机群不知道它已完成。</translation>
    </message>
    <message>
        <source>Role {role} may not read the fleet&apos;s attempts.</source>
        <translation>角色 {role} 无权读取机群的尝试记录。</translation>
    </message>
    <message>
        <source>Sign in with a QA or supervisor role at the centre; plant IT makes one with `station fleet add-qa NAME`.</source>
        <translation>请使用中心的质检或主管角色登录；由工厂 IT 用 `station fleet add-qa NAME` 创建。</translation>
    </message>
    <message>
        <source>Role {role} may not read the fleet&apos;s history.</source>
        <translation>角色 {role} 无权读取机群的历史记录。</translation>
    </message>
    <message>
        <source>Use a QA or supervisor role (`station fleet add-qa NAME`, `station fleet add-supervisor NAME`).</source>
        <translation>请使用质检或主管角色（`station fleet add-qa NAME`、`station fleet add-supervisor NAME`）。</translation>
    </message>
    <message>
        <source>The central database has fleet schema version {found}; this station needs {needed}.</source>
        <translation>中央数据库的机群模式版本为 {found}；本工位需要 {needed}。</translation>
    </message>
    <message>
        <source>Plant IT runs `station fleet init-db` with this station version to migrate it.</source>
        <translation>由工厂 IT 用此工位版本运行 `station fleet init-db` 进行迁移。</translation>
    </message>
    <message>
        <source>The reason {reason} is too short; nothing was changed.</source>
        <translation>原因 {reason} 太短；未作任何更改。</translation>
    </message>
    <message>
        <source>Say why in at least {least} characters (e.g. &apos;rework RMA-1234: new board&apos;); QA reads it later.</source>
        <translation>请用至少 {least} 个字符说明原因（例如 &apos;rework RMA-1234: new board&apos;）；质检稍后会阅读。</translation>
    </message>
    <message>
        <source>The central database refused a fleet request ({detail}).</source>
        <translation>中央数据库拒绝了一个机群请求（{detail}）。</translation>
    </message>
    <message>
        <source>Run `station fleet check` on this station; if it passes, report this with the station log. Nothing was lost locally.</source>
        <translation>请在此工位上运行 `station fleet check`；如果通过，请附上工位日志报告此问题。本地没有丢失任何内容。</translation>
    </message>
    <message>
        <source>Released the claim on {device_id} in realm {realm}: a station may register it again. Recorded at the centre and in this station&apos;s journal.</source>
        <translation>已释放领域 {realm} 中 {device_id} 的占用：工位可以再次注册它。已记录在中心和本工位的日志中。</translation>
    </message>
    <message>
        <source>Report this: the fleet schema may be damaged.</source>
        <translation>请报告此问题：机群模式可能已损坏。</translation>
    </message>
    <message>
        <source>The central database lacks part of the fleet schema this station uses ({detail}): it was never initialised, or with an older station version.</source>
        <translation>中央数据库缺少本工位使用的部分机群模式（{detail}）：它从未初始化，或是用较旧的工位版本初始化的。</translation>
    </message>
    <message>
        <source>Plant IT runs `station fleet init-db` with this station&apos;s version; `station fleet check` on the station says what is missing.</source>
        <translation>由工厂 IT 用本工位的版本运行 `station fleet init-db`；在工位上运行 `station fleet check` 可查看缺少什么。</translation>
    </message>
    <message>
        <source>The fleet shipper stopped on an internal error.</source>
        <translation>机群上传因内部错误而停止。</translation>
    </message>
    <message>
        <source>Report this with the station log; provisioning is not affected.</source>
        <translation>请附上工位日志报告此问题；配置不受影响。</translation>
    </message>
    <message>
        <source>The journal keeps everything; it ships when the centre answers.</source>
        <translation>日志会保留所有内容；中心应答后即上传。</translation>
    </message>
    <message>
        <source>The central database is unreachable.</source>
        <translation>无法连接中央数据库。</translation>
    </message>
    <message>
        <source>The central database stopped answering ({detail}).</source>
        <translation>中央数据库停止了应答（{detail}）。</translation>
    </message>
    <message>
        <source>Check the network to the central server; new devices are not registered until it answers, and the journal ships when it returns.</source>
        <translation>请检查到中央服务器的网络；在它应答之前不会注册新设备，日志会在它恢复后上传。</translation>
    </message>
    <message>
        <source>The TLS handshake with {host}:{port} failed: {detail}</source>
        <translation>与 {host}:{port} 的 TLS 握手失败：{detail}</translation>
    </message>
    <message>
        <source>Check [fleet] ca_file, cert_file and key_file: the CA must be the plant CA that signed the server&apos;s certificate, the client certificate&apos;s CN must be {role}, and the key file must be readable only by this user (chmod 600).</source>
        <translation>请检查 [fleet] ca_file、cert_file 和 key_file：CA 必须是签发服务器证书的工厂 CA，客户端证书的 CN 必须是 {role}，且密钥文件只能由此用户读取（chmod 600）。</translation>
    </message>
    <message>
        <source>The password holds a character that cannot be sent to the central database.</source>
        <translation>密码包含无法发送到中央数据库的字符。</translation>
    </message>
    <message>
        <source>Type the password again; if it was stored with `station fleet set-password`, store it again.</source>
        <translation>请重新输入密码；如果它是用 `station fleet set-password` 保存的，请重新保存。</translation>
    </message>
    <message>
        <source>The role ({value}) holds a character that cannot be sent to the central database.</source>
        <translation>角色（{value}）包含无法发送到中央数据库的字符。</translation>
    </message>
    <message>
        <source>Correct the role where it was set (the station&apos;s configuration, or the field it was typed in) to plain text, e.g. a host name of letters, digits, dots and dashes.</source>
        <translation>请在设置角色的位置（工位的配置，或输入它的字段）将其改为纯文本，例如由字母、数字、点和短横线组成的主机名。</translation>
    </message>
    <message>
        <source>The setting {setting} ({value}) holds a character that cannot be sent to the central database.</source>
        <translation>设置 {setting}（{value}）包含无法发送到中央数据库的字符。</translation>
    </message>
    <message>
        <source>Correct the setting {setting} where it was set (the station&apos;s configuration, or the field it was typed in) to plain text, e.g. a host name of letters, digits, dots and dashes.</source>
        <translation>请在设置 {setting} 的位置（工位的配置，或输入它的字段）将其改为纯文本，例如由字母、数字、点和短横线组成的主机名。</translation>
    </message>
    <message>
        <source>The central database at {host}:{port} cannot be reached ({detail}).</source>
        <translation>无法连接位于 {host}:{port} 的中央数据库（{detail}）。</translation>
    </message>
    <message>
        <source>Check the network cable and that the central server is running; provisioning of new devices stays blocked until it answers, and the journal ships when it returns.</source>
        <translation>请检查网线以及中央服务器是否在运行；在它应答之前，新设备的配置保持阻止，日志会在它恢复后上传。</translation>
    </message>
    <message>
        <source>The central database refused the password of role {role}.</source>
        <translation>中央数据库拒绝了角色 {role} 的密码。</translation>
    </message>
    <message>
        <source>Store the password plant IT gave for this station: `station fleet set-password`. If it was lost, plant IT runs `station fleet add-station {role}` again for a new one.</source>
        <translation>请保存工厂 IT 为此工位提供的密码：`station fleet set-password`。如果密码已丢失，由工厂 IT 再次运行 `station fleet add-station {role}` 生成新密码。</translation>
    </message>
</context>
<context>
    <name>EngineStarter</name>
    <message>
        <source>Starting the station&apos;s engine…</source>
        <translation>正在启动工位引擎…</translation>
    </message>
</context>
<context>
    <name>ErrorClass</name>
    <message>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Already confirmed in Astarte</source>
        <translation>已在 Astarte 中确认</translation>
    </message>
    <message>
        <source>Already passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Already provisioned</source>
        <translation>已预配</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>已注册</translation>
    </message>
    <message>
        <source>Another device answered</source>
        <translation>另一台设备应答</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>忙</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Garbled link</source>
        <translation>链路数据错乱</translation>
    </message>
    <message>
        <source>Credential missing</source>
        <translation>缺少凭据</translation>
    </message>
    <message>
        <source>Device: already written</source>
        <translation>设备：已写入</translation>
    </message>
    <message>
        <source>Device busy</source>
        <translation>设备忙</translation>
    </message>
    <message>
        <source>Device confirmed in Astarte</source>
        <translation>设备已在 Astarte 中确认</translation>
    </message>
    <message>
        <source>Device inhibited in Astarte</source>
        <translation>设备在 Astarte 中被禁用</translation>
    </message>
    <message>
        <source>Device: invalid record</source>
        <translation>设备：记录无效</translation>
    </message>
    <message>
        <source>Device not in factory mode</source>
        <translation>设备不在工厂模式</translation>
    </message>
    <message>
        <source>Device: nothing stored</source>
        <translation>设备：未存储内容</translation>
    </message>
    <message>
        <source>Device: programming failed</source>
        <translation>设备：编程失败</translation>
    </message>
    <message>
        <source>Device storage corrupt</source>
        <translation>设备存储损坏</translation>
    </message>
    <message>
        <source>Device: unknown error</source>
        <translation>设备：未知错误</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>Duplicate device</source>
        <translation>重复设备</translation>
    </message>
    <message>
        <source>Duplicate refused</source>
        <translation>重复被拒绝</translation>
    </message>
    <message>
        <source>Flash checksum mismatch</source>
        <translation>闪存校验和不符</translation>
    </message>
    <message>
        <source>Flash protected</source>
        <translation>闪存受保护</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>机群</translation>
    </message>
    <message>
        <source>Fleet journal forked</source>
        <translation>机群日志分叉</translation>
    </message>
    <message>
        <source>Fleet offline</source>
        <translation>机群离线</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>被禁止</translation>
    </message>
    <message>
        <source>Identity changed</source>
        <translation>身份已变化</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>被打断</translation>
    </message>
    <message>
        <source>Invalid device ID</source>
        <translation>设备 ID 无效</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Key invalid</source>
        <translation>密钥无效</translation>
    </message>
    <message>
        <source>Keyring unavailable</source>
        <translation>密钥环不可用</translation>
    </message>
    <message>
        <source>Label code</source>
        <translation>标签码</translation>
    </message>
    <message>
        <source>Label scan refused</source>
        <translation>标签扫描被拒绝</translation>
    </message>
    <message>
        <source>Label scan timed out</source>
        <translation>标签扫描超时</translation>
    </message>
    <message>
        <source>Learning timed out</source>
        <translation>学习超时</translation>
    </message>
    <message>
        <source>Lease lost</source>
        <translation>租约丢失</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链路</translation>
    </message>
    <message>
        <source>MCUmgr error</source>
        <translation>MCUmgr 错误</translation>
    </message>
    <message>
        <source>Held by the MES</source>
        <translation>被 MES 拦截</translation>
    </message>
    <message>
        <source>MES unavailable</source>
        <translation>MES 不可用</translation>
    </message>
    <message>
        <source>No device ID</source>
        <translation>无设备 ID</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Not in bootloader</source>
        <translation>未处于引导加载程序</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>无权限</translation>
    </message>
    <message>
        <source>Not supported</source>
        <translation>不支持</translation>
    </message>
    <message>
        <source>NVS carried over</source>
        <translation>NVS 残留</translation>
    </message>
    <message>
        <source>NVS partition</source>
        <translation>NVS 分区</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Pairing</translation>
    </message>
    <message>
        <source>Partition table</source>
        <translation>分区表</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Port ambiguous</source>
        <translation>端口不明确</translation>
    </message>
    <message>
        <source>Port busy</source>
        <translation>端口被占用</translation>
    </message>
    <message>
        <source>Port missing</source>
        <translation>端口缺失</translation>
    </message>
    <message>
        <source>Port not found</source>
        <translation>未找到端口</translation>
    </message>
    <message>
        <source>Port permission</source>
        <translation>端口权限</translation>
    </message>
    <message>
        <source>Printer not ready</source>
        <translation>打印机未就绪</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>请求受限</translation>
    </message>
    <message>
        <source>Read-back mismatch</source>
        <translation>回读不符</translation>
    </message>
    <message>
        <source>Reason required</source>
        <translation>需要原因</translation>
    </message>
    <message>
        <source>Record too big for the device</source>
        <translation>记录对设备而言过大</translation>
    </message>
    <message>
        <source>Response too large</source>
        <translation>响应过大</translation>
    </message>
    <message>
        <source>Read-back mismatch (Zephyr)</source>
        <translation>回读不符（Zephyr）</translation>
    </message>
    <message>
        <source>Rework refused</source>
        <translation>返工被拒绝</translation>
    </message>
    <message>
        <source>Role not set up</source>
        <translation>角色未设置</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>模拟器</translation>
    </message>
    <message>
        <source>Scrap</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Secret rejected</source>
        <translation>密钥被拒绝</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Sign-in locked</source>
        <translation>登录已锁定</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>登录被拒绝</translation>
    </message>
    <message>
        <source>Sound unavailable</source>
        <translation>声音不可用</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Storage not accepted</source>
        <translation>存储不被接受</translation>
    </message>
    <message>
        <source>Target invalid</source>
        <translation>目标无效</translation>
    </message>
    <message>
        <source>Target not active</source>
        <translation>目标未激活</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Token command</source>
        <translation>令牌命令</translation>
    </message>
    <message>
        <source>Token expired</source>
        <translation>令牌已过期</translation>
    </message>
    <message>
        <source>Token invalid</source>
        <translation>令牌无效</translation>
    </message>
    <message>
        <source>Token missing</source>
        <translation>缺少令牌</translation>
    </message>
    <message>
        <source>Token scope</source>
        <translation>令牌范围</translation>
    </message>
    <message>
        <source>Token unusable</source>
        <translation>令牌不可用</translation>
    </message>
    <message>
        <source>Tower light unavailable</source>
        <translation>信号灯塔不可用</translation>
    </message>
    <message>
        <source>udev rules</source>
        <translation>udev 规则</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>意外响应</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>Unsupported chip</source>
        <translation>不支持的芯片</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用法</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>验证</translation>
    </message>
    <message>
        <source>Wi-Fi password</source>
        <translation>Wi-Fi 密码</translation>
    </message>
    <message>
        <source>Write interrupted</source>
        <translation>写入中断</translation>
    </message>
    <message>
        <source>Write outcome unknown</source>
        <translation>写入结果未知</translation>
    </message>
    <message>
        <source>Zephyr configuration malformed</source>
        <translation>Zephyr 配置格式错误</translation>
    </message>
    <message>
        <source>Zephyr firmware</source>
        <translation>Zephyr 固件</translation>
    </message>
    <message>
        <source>Zephyr file system</source>
        <translation>Zephyr 文件系统</translation>
    </message>
    <message>
        <source>Zephyr file system full</source>
        <translation>Zephyr 文件系统已满</translation>
    </message>
    <message>
        <source>Zephyr file system busy</source>
        <translation>Zephyr 文件系统忙</translation>
    </message>
    <message>
        <source>Zephyr file system read-only</source>
        <translation>Zephyr 文件系统只读</translation>
    </message>
    <message>
        <source>Zephyr file system not mounted</source>
        <translation>Zephyr 文件系统未挂载</translation>
    </message>
    <message>
        <source>Zephyr hash mismatch</source>
        <translation>Zephyr 哈希不符</translation>
    </message>
    <message>
        <source>Zephyr hardware ID unreadable</source>
        <translation>Zephyr 硬件 ID 无法读取</translation>
    </message>
    <message>
        <source>Zephyr: no file system</source>
        <translation>Zephyr：无文件系统</translation>
    </message>
    <message>
        <source>Zephyr: no hardware ID</source>
        <translation>Zephyr：无硬件 ID</translation>
    </message>
    <message>
        <source>Zephyr: no shell</source>
        <translation>Zephyr：无 shell</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The station hit an internal error. This is a bug in the station, not your doing.</source>
        <translation>工位发生内部错误。这是工位本身的缺陷，不是您的操作问题。</translation>
    </message>
    <message>
        <source>Tell the line supervisor and send the error report (Show Details, Copy) to support; the journal and every finished slot are intact.</source>
        <translation>请告知产线主管，并将错误报告（显示详细信息、复制）发送给技术支持；日志和所有已完成的槽位均完好无损。</translation>
    </message>
    <message>
        <source>{message} What to do: {action}</source>
        <translation>{message} 处理方法：{action}</translation>
    </message>
    <message>
        <source>What to do: {action}</source>
        <translation>处理方法：{action}</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>内部错误</translation>
    </message>
    <message>
        <source>The station could not do that</source>
        <translation>工位无法执行该操作</translation>
    </message>
    <message>
        <source>Internal error, see the log at {path} and send it to support.</source>
        <translation>内部错误，请查看 {path} 中的日志并将其发送给技术支持。</translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <source>Export the shown attempts as {format}</source>
        <translation>将显示的尝试导出为 {format}</translation>
    </message>
    <message>
        <source>Exporting to {file}…</source>
        <translation>正在导出到 {file}…</translation>
    </message>
    <message>
        <source>Exporting to {file}: {done} of {total}</source>
        <translation>正在导出到 {file}：{done} / {total}</translation>
    </message>
    <message numerus="yes">
        <source>✓ Exported {count} attempt(s) to {file}</source>
        <translation>
            <numerusform>✓ 已将 {count} 次尝试导出到 {file}</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>✗ Export failed: </source>
        <translation>✗ 导出失败：</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Any station</source>
        <translation>任意工位</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>槽位</translation>
    </message>
    <message>
        <source>Any slot</source>
        <translation>任意槽位</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Any operator</source>
        <translation>任意操作员</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Any target</source>
        <translation>任意目标</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>错误类别</translation>
    </message>
    <message>
        <source>Any error class</source>
        <translation>任意错误类别</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>Not passed (FAIL, SCRAP, Aborted)</source>
        <translation>未通过（失败、报废、已中止）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From (local time)</source>
        <translation>从（本地时间）</translation>
    </message>
    <message>
        <source>Until (not included)</source>
        <translation>到（不含）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Device ID or serial</source>
        <translation>设备 ID 或序列号</translation>
    </message>
    <message>
        <source>station {value}</source>
        <translation>工位 {value}</translation>
    </message>
    <message>
        <source>slot {value}</source>
        <translation>槽位 {value}</translation>
    </message>
    <message>
        <source>operator {value}</source>
        <translation>操作员 {value}</translation>
    </message>
    <message>
        <source>target {value}</source>
        <translation>目标 {value}</translation>
    </message>
    <message>
        <source>error class {value}</source>
        <translation>错误类别 {value}</translation>
    </message>
    <message>
        <source>Any result</source>
        <translation>任意结果</translation>
    </message>
    <message>
        <source>Device ID or hardware serial contains…</source>
        <translation>设备 ID 或硬件序列号包含…</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>{since} to {until}</source>
        <translation>{since} 至 {until}</translation>
    </message>
    <message>
        <source>device/serial contains “{text}”</source>
        <translation>设备/序列号包含“{text}”</translation>
    </message>
    <message>
        <source>all attempts</source>
        <translation>全部尝试</translation>
    </message>
</context>
<context>
    <name>FleetDialogs</name>
    <message>
        <source>Only a signed-in supervisor may {what}; nothing was changed.</source>
        <translation>只有已登录的主管才能{what}；未做任何更改。</translation>
    </message>
    <message>
        <source>Sign in as supervisor (Roles → Sign in as QA / supervisor…), then try again.</source>
        <translation>请以主管身份登录（角色 → 以质检 / 主管身份登录…），然后重试。</translation>
    </message>
</context>
<context>
    <name>FleetPage</name>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最后在线</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>积压</translation>
    </message>
    <message>
        <source>Passed today</source>
        <translation>今日通过</translation>
    </message>
    <message>
        <source>Not passed today</source>
        <translation>今日未通过</translation>
    </message>
    <message>
        <source>Offline lot</source>
        <translation>离线批次</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>{count} (oldest {wait})</source>
        <translation>{count}（最早 {wait}）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Fleet: every station</source>
        <translation>机群：所有工位</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Attempts of every station…</source>
        <translation>所有工位的尝试…</translation>
    </message>
    <message>
        <source>Open the QA journal window on the central database (read-only)</source>
        <translation>在中央数据库上打开质检日志窗口（只读）</translation>
    </message>
    <message>
        <source>Sign in with your own QA or supervisor role at {host}, then Refresh.</source>
        <translation>使用您自己在 {host} 的质检或主管角色登录，然后刷新。</translation>
    </message>
    <message>
        <source>Your role at the centre</source>
        <translation>您在中心的角色</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Reading the centre…</source>
        <translation>正在读取中央数据库…</translation>
    </message>
    <message>
        <source>Signing in at the centre…</source>
        <translation>正在登录中央数据库…</translation>
    </message>
    <message>
        <source>The QA window reads every station&apos;s attempts.</source>
        <translation>质检窗口读取所有工位的尝试。</translation>
    </message>
    <message>
        <source>{lot} (by {who})</source>
        <translation>{lot}（{who} 开启）</translation>
    </message>
    <message numerus="yes">
        <source>{count} station(s), read at {time}</source>
        <translation>
            <numerusform>{count} 个工位，读取于 {time}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an offline lot open</source>
        <translation>
            <numerusform>%n 个有未关闭的离线批次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n silent</source>
        <translation>
            <numerusform>%n 个无响应</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{summary}. Reads again every %n s.</source>
        <translation>
            <numerusform>{summary}。每 %n 秒重新读取。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetPageAction</name>
    <message>
        <source>Fleet: every station…</source>
        <translation>机群：所有工位…</translation>
    </message>
</context>
<context>
    <name>FleetSupervisorActions</name>
    <message>
        <source>Fleet: offline lot…</source>
        <translation>车队：离线批次…</translation>
    </message>
    <message>
        <source>Fleet: release a claim…</source>
        <translation>车队：释放占用…</translation>
    </message>
</context>
<context>
    <name>IntegrityBadge</name>
    <message>
        <source>Chain not yet verified in this session</source>
        <translation>本次会话中尚未校验链</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>立即校验</translation>
    </message>
    <message>
        <source>Show that attempt</source>
        <translation>显示该尝试</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>正在校验链…</translation>
    </message>
    <message>
        <source>Verifying the chain… {share} % ({done} of {total} records)</source>
        <translation>正在校验链… {share} %（{done} / {total} 条记录）</translation>
    </message>
    <message>
        <source>Chain intact: {count} records verified</source>
        <translation>链完好：已校验 {count} 条记录</translation>
    </message>
    <message>
        <source>Cannot verify: </source>
        <translation>无法校验：</translation>
    </message>
    <message>
        <source>Verification stopped before the end</source>
        <translation>校验在完成前已停止</translation>
    </message>
    <message>
        <source>first bad record #{seq}</source>
        <translation>第一条错误记录 #{seq}</translation>
    </message>
    <message>
        <source>the tables disagree with the records</source>
        <translation>表与记录不一致</translation>
    </message>
    <message>
        <source>Chain BROKEN — {where} (attempt {attempt}): {reason}</source>
        <translation>链已断裂 — {where}（尝试 {attempt}）：{reason}</translation>
    </message>
    <message>
        <source>Chain BROKEN — {where}: {reason}</source>
        <translation>链已断裂 — {where}：{reason}</translation>
    </message>
    <message>
        <source>Every station&apos;s chain is verified on the station (station journal verify); the centre refuses a journal that forks from what it holds</source>
        <translation>每个工位的链都在该工位上校验（station journal verify）；中心拒绝与其已有内容分叉的日志</translation>
    </message>
</context>
<context>
    <name>KeyRouter</name>
    <message>
        <source>Still starting: the pedal was not taken.</source>
        <extracomment>Sees each scan first (the line&apos;s label check-scan); True when it took the scan.</extracomment>
        <translation>仍在启动：未接受踏板。</translation>
    </message>
    <message>
        <source>Scanned slot label {label} does not match any slot on this fixture.</source>
        <translation>扫描的槽位标签 {label} 与此夹具的任何槽位都不匹配。</translation>
    </message>
    <message>
        <source>Check the label, or pick the slot by its number key.</source>
        <translation>请检查标签，或用数字键选择槽位。</translation>
    </message>
    <message>
        <source>No slot shows serial {serial}.</source>
        <translation>没有槽位显示序列号 {serial}。</translation>
    </message>
    <message>
        <source>Serial {serial} is highlighted.</source>
        <translation>序列号 {serial} 已高亮显示。</translation>
    </message>
    <message>
        <source>Slot {slot} took the scanned label.</source>
        <translation>槽位 {slot} 已接收扫描的标签。</translation>
    </message>
</context>
<context>
    <name>LabelRouting</name>
    <message>
        <source>Slots {slots} wait for a label scan; the station cannot tell which unit serial {serial} belongs to.</source>
        <translation>槽位 {slots} 正在等待扫描标签；工位无法判断序列号 {serial} 属于哪台设备。</translation>
    </message>
    <message>
        <source>Select the slot first (scan its SLOT: label or press its number), then scan the label of the unit in it.</source>
        <translation>请先选择槽位（扫描其 SLOT: 标签或按其编号），再扫描其中设备的标签。</translation>
    </message>
</context>
<context>
    <name>LabelTemplateEditor</name>
    <message>
        <source>Label template</source>
        <translation>标签模板</translation>
    </message>
    <message>
        <source>Shown for a sample unit: serial %1, device ID %2. Fields: {serial}, {device_id} and {code} (the QR and DataMatrix code).</source>
        <translation>以示例设备显示：序列号 %1，设备 ID %2。字段：{serial}、{device_id} 和 {code}（QR 码和 DataMatrix 码）。</translation>
    </message>
    <message>
        <source>Start from the built-in label</source>
        <translation>从内置标签开始</translation>
    </message>
    <message>
        <source>The built-in label is shown instead.</source>
        <translation>改为显示内置标签。</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>无预览</translation>
    </message>
    <message>
        <source>The label draws as the printer will print it.</source>
        <translation>标签按打印机的打印效果绘制。</translation>
    </message>
    <message>
        <source>Save the label template</source>
        <translation>保存标签模板</translation>
    </message>
    <message>
        <source>ZPL (*.zpl)</source>
        <translation>ZPL (*.zpl)</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>The English plural forms ({path}) are missing or unreadable, so counts read like &quot;2 event(s)&quot;.</source>
        <translation>英文复数形式（{path}）缺失或无法读取，因此计数显示为“2 event(s)”。</translation>
    </message>
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
    <name>LineMenu</name>
    <message>
        <source>Acknowledge the failure on the tower</source>
        <translation>在信号塔上确认故障</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>重新打印标签</translation>
    </message>
    <message>
        <source>Checking the scanned label…</source>
        <translation>正在检查扫描的标签…</translation>
    </message>
    <message>
        <source>Reprinting the label of slot {slot}…</source>
        <translation>正在重新打印槽位 {slot} 的标签…</translation>
    </message>
    <message>
        <source>Slot {slot} has no label to reprint yet.</source>
        <translation>槽位 {slot} 还没有可重新打印的标签。</translation>
    </message>
    <message>
        <source>Tower light: {signal}</source>
        <translation>信号塔：{signal}</translation>
    </message>
    <message>
        <source>Tower light: none configured</source>
        <translation>信号塔：未配置</translation>
    </message>
    <message>
        <source>Tower light: not set yet</source>
        <translation>信号塔：尚未设置</translation>
    </message>
    <message>
        <source>Slot {slot}: {unit} (not printed)</source>
        <translation>槽位 {slot}：{unit}（未打印）</translation>
    </message>
    <message>
        <source>Slot {slot}: {unit}</source>
        <translation>槽位 {slot}：{unit}</translation>
    </message>
    <message>
        <source>Slot {slot}</source>
        <translation>槽位 {slot}</translation>
    </message>
    <message numerus="yes">
        <source>%n to reprint</source>
        <translation>
            <numerusform>%n 个待重印</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to scan</source>
        <translation>
            <numerusform>%n 个待扫描</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Line ({counts})</source>
        <translation>产线(&amp;L)（{counts}）</translation>
    </message>
    <message>
        <source>&amp;Line</source>
        <translation>产线(&amp;L)</translation>
    </message>
</context>
<context>
    <name>LotDialog</name>
    <message>
        <source>Fleet: offline lot</source>
        <translation>车队：离线批次</translation>
    </message>
    <message>
        <source>Why, for the journal (e.g. central server down)</source>
        <translation>原因，记入日志（例如：中央服务器宕机）</translation>
    </message>
    <message>
        <source>Open lot</source>
        <translation>开启批次</translation>
    </message>
    <message>
        <source>Close lot</source>
        <translation>关闭批次</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>open an offline lot</source>
        <translation>开启离线批次</translation>
    </message>
    <message>
        <source>close the offline lot</source>
        <translation>关闭离线批次</translation>
    </message>
</context>
<context>
    <name>MesPage</name>
    <message>
        <source>MES: override and waiting results</source>
        <translation>MES：临时放行与待确认结果</translation>
    </message>
    <message>
        <source>Results the MES has not acknowledged</source>
        <translation>MES 尚未确认的结果</translation>
    </message>
    <message>
        <source>Tries are counted since this station started: a failed send is not journaled. The journal holds each result and, once the MES takes it, its acknowledgement.</source>
        <translation>尝试次数从本工位启动时开始计算：发送失败不记入日志。日志保存每个结果，以及 MES 接收后的确认。</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Why (required; e.g. the MES ticket number)</source>
        <translation>原因（必填；例如 MES 工单号）</translation>
    </message>
    <message>
        <source>Start override</source>
        <translation>开始临时放行</translation>
    </message>
    <message>
        <source>End override</source>
        <translation>结束临时放行</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>For</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Let a target with offline policy block go on</source>
        <translation>让离线策略为 block 的目标继续生产</translation>
    </message>
    <message>
        <source>While the MES cannot be asked, units of this target are provisioned and their results queued; a refusal from an answering MES is never overridden. Journaled with your name and the reason; one shift at most.</source>
        <translation>在无法询问 MES 期间，此目标的设备照常配置，结果排队等待发送；正常应答的 MES 给出的拒绝永远不会被放行。以您的姓名和原因记入日志；最长一个班次。</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>等待起始时间</translation>
    </message>
    <message>
        <source>Tries since start</source>
        <translation>启动以来的尝试次数</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最近错误</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>下次重试</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>at the next start of a target that asks the MES</source>
        <translation>在下次启动需要询问 MES 的目标时</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Nothing waits: the MES has every result (read at %1).</source>
        <translation>没有等待项：MES 已收到全部结果（读取于 %1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) wait for the MES, kept in the journal (read at %1).</source>
        <translation>
            <numerusform>%n 个结果等待 MES，已保存在日志中（读取于 %1）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No target of this station asks the MES.</source>
        <translation>本工作站没有需要询问 MES 的目标。</translation>
    </message>
    <message>
        <source>No override in force for %1.</source>
        <translation>%1 没有生效的临时放行。</translation>
    </message>
    <message>
        <source>Override in force for %1 until %2, by %3: %4</source>
        <translation>%1 的临时放行生效至 %2，由 %3 设置：%4</translation>
    </message>
</context>
<context>
    <name>MesPageAction</name>
    <message>
        <source>MES: override and waiting results…</source>
        <translation>MES：临时放行与待确认结果…</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>{message} — What to do: {action}</source>
        <translation>{message} — 处理方法：{action}</translation>
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
    <message numerus="yes">
        <source>Started %n slot(s).</source>
        <translation>
            <numerusform>已启动 %n 个槽位。</numerusform>
        </translation>
    </message>
    <message>
        <source>No slot is ready: load a device and try again.</source>
        <translation>没有就绪的槽位：请装入设备后重试。</translation>
    </message>
    <message>
        <source>Slot {slot} shows {state}: load a device before starting it.</source>
        <translation>槽位 {slot} 显示 {state}：启动前请先装入设备。</translation>
    </message>
    <message>
        <source>Slot {slot} did not start ({state}).</source>
        <translation>槽位 {slot} 未启动（{state}）。</translation>
    </message>
    <message>
        <source>{problem} (checked {time})</source>
        <translation>{problem}（检查于 {time}）</translation>
    </message>
    <message>
        <source>checked {time}</source>
        <translation>检查于 {time}</translation>
    </message>
    <message>
        <source>Stopping safely: aborting running slots and finishing their journal records…</source>
        <translation>正在安全停止：中止运行中的槽位并完成其日志记录…</translation>
    </message>
    <message>
        <source>Stopping safely…</source>
        <translation>正在安全停止…</translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <source>Choose a period and press Show summary.</source>
        <translation>选择时间段并点击“显示汇总”。</translation>
    </message>
    <message>
        <source>No attempts in this period</source>
        <translation>此时间段内没有尝试</translation>
    </message>
    <message>
        <source>No failures in this period</source>
        <translation>此时间段内没有失败</translation>
    </message>
    <message>
        <source>failures per error class</source>
        <translation>按错误类别统计的失败数</translation>
    </message>
    <message>
        <source>cumulative share (right axis)</source>
        <translation>累计占比（右轴）</translation>
    </message>
    <message>
        <source>{label} {count} ({share} % cumulative)</source>
        <translation>{label} {count}（累计 {share} %）</translation>
    </message>
</context>
<context>
    <name>PasteTokenDialog</name>
    <message>
        <source>Issued token for {target}</source>
        <translation>{target} 的已签发令牌</translation>
    </message>
    <message>
        <source>Paste the Pairing token (a JWT). It goes straight into the OS keyring; the editor shows only its expiry and what it allows.</source>
        <translation>粘贴 Pairing 令牌（JWT）。它会直接存入系统密钥环；编辑器只显示其过期时间和权限。</translation>
    </message>
    <message>
        <source>Store in keyring</source>
        <translation>存入密钥环</translation>
    </message>
</context>
<context>
    <name>Privilege</name>
    <message>
        <source>view the journal</source>
        <translation>查看日志</translation>
    </message>
    <message>
        <source>export the journal</source>
        <translation>导出日志</translation>
    </message>
    <message>
        <source>change realm targets</source>
        <translation>更改领域目标</translation>
    </message>
    <message>
        <source>choose the active target</source>
        <translation>选择活动目标</translation>
    </message>
    <message>
        <source>import realm keys or tokens</source>
        <translation>导入领域密钥或令牌</translation>
    </message>
    <message>
        <source>override &apos;already passed&apos;</source>
        <translation>覆盖“已通过”</translation>
    </message>
    <message>
        <source>unregister devices (rework)</source>
        <translation>注销设备（返工）</translation>
    </message>
    <message>
        <source>override the MES offline policy</source>
        <translation>覆盖 MES 离线策略</translation>
    </message>
    <message>
        <source>change the touch and pedal settings</source>
        <translation>更改触控和踏板设置</translation>
    </message>
</context>
<context>
    <name>QAAccess</name>
    <message>
        <source>Journal (QA)…</source>
        <translation>日志（质检）…</translation>
    </message>
    <message>
        <source>Browse, filter, export and summarise the provisioning journal (read-only)</source>
        <translation>浏览、筛选、导出和汇总配置日志（只读）</translation>
    </message>
</context>
<context>
    <name>QAColumns</name>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>槽位</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>Hardware serial</source>
        <translation>硬件序列号</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Error class</source>
        <translation>错误类别</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Sort by {column} (the journal sorts, not the PC)</source>
        <translation>按{column}排序（由日志排序，而非电脑）</translation>
    </message>
    <message>
        <source>(not in the journal)</source>
        <translation>（不在日志中）</translation>
    </message>
    <message>
        <source>{message}
What the operator was told: {action}</source>
        <translation>{message}
告知操作员的内容：{action}</translation>
    </message>
    <message>
        <source>{label} (in exports: {raw})</source>
        <translation>{label}（导出中为：{raw}）</translation>
    </message>
</context>
<context>
    <name>QAJob</name>
    <message>
        <source>Stopped by the QA user.</source>
        <translation>已被质检用户停止。</translation>
    </message>
</context>
<context>
    <name>QALabels</name>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>SCRAP</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Already provisioned</source>
        <translation>已配置</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Failed sign-in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Sign-in locked</source>
        <translation>登录已锁定</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Target changed</source>
        <translation>目标已更改</translation>
    </message>
    <message>
        <source>Active target changed</source>
        <translation>活动目标已更改</translation>
    </message>
    <message>
        <source>Realm key imported</source>
        <translation>已导入领域密钥</translation>
    </message>
    <message>
        <source>Token changed</source>
        <translation>令牌已更改</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>强制放行</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>已注销</translation>
    </message>
    <message>
        <source>Unregister failed</source>
        <translation>注销失败</translation>
    </message>
    <message>
        <source>Role password changed</source>
        <translation>角色密码已更改</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>密码已更改</translation>
    </message>
    <message>
        <source>Label printed</source>
        <translation>标签已打印</translation>
    </message>
    <message>
        <source>Label reprinted</source>
        <translation>标签已重新打印</translation>
    </message>
    <message>
        <source>Label scanned back</source>
        <translation>标签已回扫</translation>
    </message>
    <message>
        <source>MES check skipped (offline)</source>
        <translation>已跳过 MES 检查（离线）</translation>
    </message>
    <message>
        <source>MES result queued</source>
        <translation>MES 结果已排队</translation>
    </message>
    <message>
        <source>MES result acknowledged</source>
        <translation>MES 结果已确认</translation>
    </message>
    <message>
        <source>MES block overridden</source>
        <translation>已强制放行 MES 阻止</translation>
    </message>
    <message>
        <source>Touch and pedal settings changed</source>
        <translation>触控和踏板设置已更改</translation>
    </message>
    <message>
        <source>OTP (write-once)</source>
        <translation>OTP（一次性写入）</translation>
    </message>
    <message>
        <source>Secure storage</source>
        <translation>安全存储</translation>
    </message>
</context>
<context>
    <name>QAStandIn</name>
    <message>
        <source>Being read again: this row shows what was read before.</source>
        <translation>正在重新读取：此行显示的是之前读取的内容。</translation>
    </message>
</context>
<context>
    <name>QAWindow</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Chain not yet verified in this session ({records} records; Verify now takes a minute or two)</source>
        <translation>本次会话中尚未校验链（{records} 条记录；立即校验需要一两分钟）</translation>
    </message>
    <message>
        <source>Provisioning journal (QA, read-only) — {0}</source>
        <translation>配置日志（质检，只读）— {0}</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>审计事件</translation>
    </message>
    <message>
        <source>Searching the journal…</source>
        <translation>正在搜索日志…</translation>
    </message>
    <message>
        <source>Updated {time}</source>
        <translation>更新于 {time}</translation>
    </message>
    <message numerus="yes">
        <source>{count} attempt(s) match ({filter})</source>
        <translation>
            <numerusform>{count} 次尝试符合（{filter}）</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected attempt does not match the filter any more.</source>
        <translation>所选尝试已不再符合筛选条件。</translation>
    </message>
    <message>
        <source>That attempt is not in the journal.</source>
        <translation>该尝试不在日志中。</translation>
    </message>
    <message>
        <source>Attempt {0} is not in the journal&apos;s attempt table.</source>
        <translation>尝试 {0} 不在日志的尝试表中。</translation>
    </message>
    <message>
        <source>Its records may have been removed; keep this journal for investigation.</source>
        <translation>其记录可能已被删除；请保留此日志以供调查。</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>The journal cannot be opened</source>
        <translation>无法打开日志</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>日志(&amp;J)</translation>
    </message>
    <message>
        <source>Export shown attempts as CSV…</source>
        <translation>将显示的尝试导出为 CSV…</translation>
    </message>
    <message>
        <source>Export shown attempts as JSON Lines…</source>
        <translation>将显示的尝试导出为 JSON Lines…</translation>
    </message>
    <message>
        <source>Verify the chain now</source>
        <translation>立即校验链</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ReleaseClaimDialog</name>
    <message>
        <source>Fleet: release a claim for rework</source>
        <translation>车队：为返工释放占用</translation>
    </message>
    <message>
        <source>Why, for the journal (e.g. rework RMA-1234)</source>
        <translation>原因，记入日志（例如：返工 RMA-1234）</translation>
    </message>
    <message>
        <source>Release claim</source>
        <translation>释放占用</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>This station&apos;s supervisor password</source>
        <translation>本工位的主管密码</translation>
    </message>
    <message>
        <source>Your role at the centre</source>
        <translation>您在中央数据库的角色</translation>
    </message>
    <message>
        <source>Its password</source>
        <translation>其密码</translation>
    </message>
    <message>
        <source>release a claim</source>
        <translation>释放占用</translation>
    </message>
    <message>
        <source>Releasing at the centre…</source>
        <translation>正在中央数据库释放…</translation>
    </message>
</context>
<context>
    <name>ReworkDialog</name>
    <message>
        <source>Not on a slot</source>
        <translation>不在槽位中</translation>
    </message>
    <message>
        <source>Rework: unregister a device</source>
        <translation>返工：注销设备</translation>
    </message>
    <message>
        <source>Target {name}: realm {realm} at {url}</source>
        <translation>目标 {name}：领域 {realm}，地址 {url}</translation>
    </message>
    <message>
        <source>22-character Astarte device ID</source>
        <translation>22 位 Astarte 设备 ID</translation>
    </message>
    <message>
        <source>Check storage</source>
        <translation>检查存储</translation>
    </message>
    <message>
        <source>Check the device&apos;s storage first.</source>
        <translation>请先检查设备的存储。</translation>
    </message>
    <message>
        <source>I understand: this unit may never hold working credentials again.</source>
        <translation>我明白：此设备可能再也无法保存有效凭据。</translation>
    </message>
    <message>
        <source>Why (required; e.g. &apos;returned by customer, RMA 4711&apos;)</source>
        <translation>原因（必填；例如“客户退回，RMA 4711”）</translation>
    </message>
    <message>
        <source>Unregister device</source>
        <translation>注销设备</translation>
    </message>
    <message>
        <source>Allow provisioning again (override &apos;already passed&apos;)</source>
        <translation>允许再次配置（强制放行“已通过”）</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>槽位</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Slot {slot}: {device}</source>
        <translation>槽位 {slot}：{device}</translation>
    </message>
    <message>
        <source>Slot {slot}</source>
        <translation>槽位 {slot}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>The device on slot {slot} is {device}, not {typed}.</source>
        <translation>槽位 {slot} 中的设备是 {device}，不是 {typed}。</translation>
    </message>
    <message>
        <source>Choose the right slot, or clear the device ID to use the slot&apos;s.</source>
        <translation>请选择正确的槽位，或清空设备 ID 以使用该槽位的设备 ID。</translation>
    </message>
    <message>
        <source>{message}
What to do: {action}</source>
        <translation>{message}
处理方法：{action}</translation>
    </message>
    <message>
        <source>The storage could not be checked: </source>
        <translation>无法检查存储：</translation>
    </message>
    <message>
        <source>Unregistering…</source>
        <translation>正在注销…</translation>
    </message>
    <message>
        <source>Device {device} is unregistered from realm {realm}. It can be registered again; allow provisioning it again when it is back on a slot.</source>
        <translation>设备 {device} 已从领域 {realm} 注销。它可以再次注册；放回槽位后请允许再次配置。</translation>
    </message>
    <message>
        <source>Not unregistered: </source>
        <translation>未注销：</translation>
    </message>
    <message>
        <source>Override recorded: slot {slot} may provision a device that already passed. It ends after that attempt or when the supervisor session ends.</source>
        <translation>已记录强制放行：槽位 {slot} 可以配置已通过的设备。该放行在该次尝试后或主管会话结束时失效。</translation>
    </message>
    <message>
        <source>Override recorded: the next attempt on any slot may provision a device that already passed. It ends after that attempt or when the supervisor session ends.</source>
        <translation>已记录强制放行：任一槽位的下一次尝试可以配置已通过的设备。该放行在该次尝试后或主管会话结束时失效。</translation>
    </message>
    <message>
        <source>Not allowed: </source>
        <translation>不允许：</translation>
    </message>
    <message>
        <source>{name} is signed in as {role}; only a supervisor may unregister devices.</source>
        <translation>{name} 以 {role} 身份登录；只有主管可以注销设备。</translation>
    </message>
    <message>
        <source>Ask a supervisor to sign in (Roles menu).</source>
        <translation>请主管登录（角色菜单）。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>质检</translation>
    </message>
</context>
<context>
    <name>RoleController</name>
    <message>
        <source>The privileged session was locked after {minutes} min without input; sign in again to continue.</source>
        <translation>特权会话在 {minutes} 分钟无操作后已锁定；请重新登录以继续。</translation>
    </message>
    <message>
        <source>Needs a supervisor sign-in ({privilege}).</source>
        <translation>需要主管登录（{privilege}）。</translation>
    </message>
</context>
<context>
    <name>RoleSignInDialog</name>
    <message>
        <source>QA / supervisor sign-in</source>
        <translation>质检 / 主管登录</translation>
    </message>
    <message>
        <source>Sign in for privileged work</source>
        <translation>登录以执行特权操作</translation>
    </message>
    <message>
        <source>Your name (recorded in the journal)</source>
        <translation>您的姓名（记录在日志中）</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Sign-in is locked after repeated wrong passwords.</source>
        <translation>多次密码错误后登录已被锁定。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>You may try again.</source>
        <translation>您可以重试。</translation>
    </message>
</context>
<context>
    <name>SetupNeededDialog</name>
    <message>
        <source>The station is not set up yet</source>
        <translation>工位尚未设置</translation>
    </message>
    <message>
        <source>This station has no configuration yet.</source>
        <translation>此工位还没有配置。</translation>
    </message>
    <message>
        <source>A supervisor sets the station up: write the configuration file at the path above (which fixture, the port of each slot, the Astarte realm; docs/configuration.md has a complete example), check it with the command below, then press Try again.</source>
        <translation>由主管设置工位：在上面的路径写入配置文件（哪个夹具、每个槽位的端口、Astarte 领域；docs/configuration.md 有完整示例），用下面的命令检查，然后按“重试”。</translation>
    </message>
    <message>
        <source>The station cannot start</source>
        <translation>工位无法启动</translation>
    </message>
    <message>
        <source>Correct the configuration, then press Try again.</source>
        <translation>请更正配置，然后按“重试”。</translation>
    </message>
    <message>
        <source>The station looks for its configuration at:
{path}</source>
        <translation>工位在以下位置查找其配置：
{path}</translation>
    </message>
    <message>
        <source>What to do: {action}</source>
        <translation>处理方法：{action}</translation>
    </message>
    <message>
        <source>Copy the command</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Operator sign-in</source>
        <translation>操作员登录</translation>
    </message>
    <message>
        <source>Who is operating this station?</source>
        <translation>谁在操作此工位？</translation>
    </message>
    <message>
        <source>Your name is recorded in the journal with every device you provision.</source>
        <translation>您配置的每台设备都会在日志中记录您的姓名。</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
</context>
<context>
    <name>SlotTile</name>
    <message>
        <source>Starting</source>
        <translation>正在启动</translation>
    </message>
    <message>
        <source>What to do: {action}</source>
        <translation>处理方法：{action}</translation>
    </message>
    <message>
        <source>Slot {slot}: {state}</source>
        <translation>槽位 {slot}：{state}</translation>
    </message>
    <message>
        <source>Slot {slot}</source>
        <translation>槽位 {slot}</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ 启动</translation>
    </message>
    <message>
        <source>■ Abort</source>
        <translation>■ 中止</translation>
    </message>
    <message>
        <source>✓ Clear</source>
        <translation>✓ 清除</translation>
    </message>
    <message>
        <source>◀ scanned</source>
        <translation>◀ 已扫描</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>Cannot register</source>
        <translation>无法注册</translation>
    </message>
    <message>
        <source>○ No device</source>
        <translation>○ 无设备</translation>
    </message>
    <message>
        <source>● Loaded</source>
        <translation>● 已装入</translation>
    </message>
    <message>
        <source>No device</source>
        <translation>无设备</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>SCRAP</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Already provisioned</source>
        <translation>已配置</translation>
    </message>
    <message>
        <source>Pairing OK</source>
        <translation>Pairing 正常</translation>
    </message>
    <message>
        <source>Pairing unreachable</source>
        <translation>Pairing 无法访问</translation>
    </message>
    <message>
        <source>Pairing: checking…</source>
        <translation>Pairing：检查中…</translation>
    </message>
</context>
<context>
    <name>StationApp</name>
    <message>
        <source>The station cannot start</source>
        <extracomment>The `[line]` settings the window takes, read again on each (re)start: pedal key, touch mode.</extracomment>
        <translation>工位无法启动</translation>
    </message>
</context>
<context>
    <name>StepTimeline</name>
    <message>
        <source>{step} {duration}</source>
        <translation>{step} {duration}</translation>
    </message>
    <message>
        <source>{step} {duration} failed</source>
        <translation>{step} {duration} 失败</translation>
    </message>
    <message>
        <source>total {duration}</source>
        <translation>合计 {duration}</translation>
    </message>
    <message>
        <source>No steps recorded</source>
        <translation>未记录步骤</translation>
    </message>
    <message>
        <source>{duration}  ✗ failed</source>
        <translation>{duration}  ✗ 失败</translation>
    </message>
</context>
<context>
    <name>SummaryReport</name>
    <message>
        <source>Error class</source>
        <translation>错误类别</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>失败数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>First-pass yield</source>
        <translation>一次通过率</translation>
    </message>
    <message>
        <source>Units per hour</source>
        <translation>每小时台数</translation>
    </message>
    <message>
        <source>Not identified</source>
        <translation>未识别</translation>
    </message>
    <message>
        <source>Provisioning summary</source>
        <translation>配置汇总</translation>
    </message>
    <message>
        <source>{passed} (including {recovered} recovered after a restart)</source>
        <translation>{passed} (其中 {recovered} 个在重启后恢复)</translation>
    </message>
    <message>
        <source>{yield_} ({first} of {devices} devices)</source>
        <translation>{yield_} ({first} / {devices} 台设备)</translation>
    </message>
    <message>
        <source>{count} attempt (not in the yield)</source>
        <translation>{count} 次尝试 (不计入通过率)</translation>
    </message>
    <message>
        <source>{count} attempts (not in the yield)</source>
        <translation>{count} 次尝试 (不计入通过率)</translation>
    </message>
    <message>
        <source>— (only {active} of production)</source>
        <translation>— (仅 {active} 生产时间)</translation>
    </message>
    <message>
        <source>{rate} (over {active} of active production)</source>
        <translation>{rate} (基于 {active} 有效生产时间)</translation>
    </message>
    <message>
        <source>Cannot write the PDF report to {path}.</source>
        <translation>无法将 PDF 报告写入 {path}。</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space.</source>
        <translation>请选择一个可写入且有剩余空间的文件夹。</translation>
    </message>
    <message>
        <source>The PDF report {path} was not written.</source>
        <translation>PDF 报告 {path} 未写入。</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>时段：{period}</translation>
    </message>
    <message>
        <source>Attempts included: {scope}</source>
        <translation>包含的尝试：{scope}</translation>
    </message>
    <message>
        <source>Journal: {journal}</source>
        <translation>日志：{journal}</translation>
    </message>
    <message>
        <source>Journal integrity: {state}</source>
        <translation>日志完整性：{state}</translation>
    </message>
    <message>
        <source>Printed {time}</source>
        <translation>打印于 {time}</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Failures by error class (Pareto)</source>
        <translation>按错误类别统计的失败（帕累托）</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>早班</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>中班</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜班</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>Summarise</source>
        <translation>汇总方式</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>到（含）</translation>
    </message>
    <message>
        <source>Choose a period and press Show summary.</source>
        <translation>请选择时段，然后按“显示汇总”。</translation>
    </message>
    <message>
        <source>Only attempts matching the table&apos;s other filters</source>
        <translation>仅包含符合表格其他筛选条件的尝试</translation>
    </message>
    <message>
        <source>Show summary</source>
        <translation>显示汇总</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>{shift} ({start}–{end})</source>
        <translation>{shift}（{start}–{end}）</translation>
    </message>
    <message>
        <source>{shift} shift of {day} ({hours})</source>
        <translation>{day} {shift}（{hours}）</translation>
    </message>
    <message>
        <source>The date range ends before it begins.</source>
        <translation>日期范围的结束早于开始。</translation>
    </message>
    <message>
        <source>Choose a &apos;To&apos; date on or after &apos;From&apos;.</source>
        <translation>请选择不早于“从”的“到”日期。</translation>
    </message>
    <message>
        <source>{first} to {last} (whole days)</source>
        <translation>{first} 至 {last}（整天）</translation>
    </message>
    <message>
        <source>{start}–{end} local time</source>
        <translation>本地时间 {start}–{end}</translation>
    </message>
    <message>
        <source>matching the table&apos;s filters ({filter}), period as above</source>
        <translation>符合表格筛选条件（{filter}），时段同上</translation>
    </message>
    <message>
        <source>every attempt started in the period</source>
        <translation>该时段内开始的所有尝试</translation>
    </message>
    <message>
        <source>Computing the summary for {period}…</source>
        <translation>正在计算 {period} 的汇总…</translation>
    </message>
    <message>
        <source>Summary for {period}; {scope}.</source>
        <translation>{period} 的汇总；{scope}。</translation>
    </message>
    <message>
        <source>Save the summary as PDF</source>
        <translation>将汇总保存为 PDF</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
        <source>There is no summary to print yet.</source>
        <translation>还没有可打印的汇总。</translation>
    </message>
    <message>
        <source>Press Show summary first.</source>
        <translation>请先按“显示汇总”。</translation>
    </message>
    <message>
        <source>PDF report written to {path}.</source>
        <translation>PDF 报告已写入 {path}。</translation>
    </message>
</context>
<context>
    <name>SupervisorTools</name>
    <message>
        <source>Sign in as QA / supervisor…</source>
        <translation>以质检 / 主管身份登录…</translation>
    </message>
    <message>
        <source>Sign out (back to operator)</source>
        <translation>退出（返回操作员）</translation>
    </message>
    <message>
        <source>Targets and keys…</source>
        <translation>目标和密钥…</translation>
    </message>
    <message>
        <source>Rework: unregister a device…</source>
        <translation>返工：注销设备…</translation>
    </message>
    <message>
        <source>Role: {role} ({name})</source>
        <translation>角色：{role}（{name}）</translation>
    </message>
    <message>
        <source>the supervisor session ended</source>
        <translation>主管会话已结束</translation>
    </message>
    <message>
        <source>This station&apos;s engine cannot apply an override from the screen.</source>
        <translation>此工位的引擎无法从屏幕应用覆盖。</translation>
    </message>
    <message>
        <source>Provision the device with `station rework reprovision --slots SLOT --reason WHY`.</source>
        <translation>请用 `station rework reprovision --slots SLOT --reason WHY` 配置该设备。</translation>
    </message>
    <message>
        <source>slot {slot}</source>
        <translation>槽位 {slot}</translation>
    </message>
    <message>
        <source>the next attempt</source>
        <translation>下一次尝试</translation>
    </message>
    <message>
        <source>Supervisor override: {where} may provision a device that already passed.</source>
        <translation>主管覆盖：{where} 可以配置已通过的设备。</translation>
    </message>
    <message>
        <source>Load the reworked device and press Provision.</source>
        <translation>装入返工后的设备并按“配置”。</translation>
    </message>
    <message>
        <source>The &apos;already passed&apos; override has ended ({why}).</source>
        <translation>“已通过”覆盖已结束（{why}）。</translation>
    </message>
    <message>
        <source>slot {slot} finished its attempt</source>
        <translation>槽位 {slot} 已完成其尝试</translation>
    </message>
    <message>
        <source>The active target is now {target} (realm {realm})</source>
        <translation>活动目标现在是 {target}（领域 {realm}）</translation>
    </message>
    <message>
        <source>The settings of target {target} (realm {realm}) changed</source>
        <translation>目标 {target}（领域 {realm}）的设置已更改</translation>
    </message>
    <message>
        <source>{what}.</source>
        <translation>{what}。</translation>
    </message>
    <message>
        <source>Restart the station to provision with them.</source>
        <translation>请重启工位以使用它们进行配置。</translation>
    </message>
    <message>
        <source>{what}; the screen restarts to use it when no slot is working.</source>
        <translation>{what}；当没有槽位在工作时，屏幕将重启以使用它。</translation>
    </message>
    <message>
        <source>Now provisioning with target {target} (realm {realm}) as saved; the shift counters and each slot&apos;s last result were kept, and {name} is still signed in.</source>
        <translation>现在按已保存的目标 {target}（领域 {realm}）进行配置；班次计数和每个槽位的最后结果已保留，{name} 仍处于登录状态。</translation>
    </message>
    <message>
        <source>Now provisioning with target {target} (realm {realm}) as saved; the shift counters and each slot&apos;s last result were kept.</source>
        <translation>现在按已保存的目标 {target}（领域 {realm}）进行配置；班次计数和每个槽位的最后结果已保留。</translation>
    </message>
</context>
<context>
    <name>TargetField</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Pairing URL</source>
        <translation>Pairing 地址</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Token source</source>
        <translation>令牌来源</translation>
    </message>
    <message>
        <source>Token lifetime (s)</source>
        <translation>令牌有效期（秒）</translation>
    </message>
    <message>
        <source>Token command</source>
        <translation>令牌命令</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>UUIDv5 namespace</source>
        <translation>UUIDv5 命名空间</translation>
    </message>
    <message>
        <source>Identity field</source>
        <translation>身份字段</translation>
    </message>
    <message>
        <source>Accepted storage</source>
        <translation>接受的存储</translation>
    </message>
    <message>
        <source>Initial introspection</source>
        <translation>初始自省</translation>
    </message>
    <message>
        <source>Registrations in flight</source>
        <translation>并发注册数</translation>
    </message>
    <message>
        <source>Serial allowlist</source>
        <translation>序列号允许列表</translation>
    </message>
    <message>
        <source>&apos;Confirmed&apos; counts as pass</source>
        <translation>“已确认”视为通过</translation>
    </message>
    <message>
        <source>Print labels</source>
        <translation>打印标签</translation>
    </message>
    <message>
        <source>Label template</source>
        <translation>标签模板</translation>
    </message>
    <message>
        <source>Check-scan labels</source>
        <translation>标签回扫核对</translation>
    </message>
    <message>
        <source>Check-scan deadline (s)</source>
        <translation>回扫核对时限（秒）</translation>
    </message>
    <message>
        <source>MES recipe</source>
        <translation>MES 配方</translation>
    </message>
    <message>
        <source>MES offline</source>
        <translation>MES 离线</translation>
    </message>
    <message>
        <source>Names the target here and its keyring entries; letters, digits, . _ -</source>
        <translation>用于在此命名目标及其密钥环条目；字母、数字、. _ -</translation>
    </message>
    <message>
        <source>e.g. https://api.astarte.example.com/pairing</source>
        <translation>例如 https://api.astarte.example.com/pairing</translation>
    </message>
    <message>
        <source>Lower-case letters and digits, starting with a letter</source>
        <translation>小写字母和数字，以字母开头</translation>
    </message>
    <message>
        <source>Realm key or issued token in the keyring, or a command</source>
        <translation>密钥环中的领域密钥或已签发令牌，或一个命令</translation>
    </message>
    <message>
        <source>Minted tokens live this long: {low} to {high} s</source>
        <translation>生成的令牌有效时长：{low} 到 {high} 秒</translation>
    </message>
    <message>
        <source>Program and arguments, one per line</source>
        <translation>程序和参数，每行一个</translation>
    </message>
    <message>
        <source>PEM file of the CA that signed the Astarte certificate</source>
        <translation>签发 Astarte 证书的 CA 的 PEM 文件</translation>
    </message>
    <message>
        <source>From the device, or UUIDv5 over an identity field</source>
        <translation>来自设备，或基于身份字段的 UUIDv5</translation>
    </message>
    <message>
        <source>The product line&apos;s namespace UUID</source>
        <translation>产品线的命名空间 UUID</translation>
    </message>
    <message>
        <source>Which identity field the UUIDv5 is taken over</source>
        <translation>UUIDv5 基于哪个身份字段计算</translation>
    </message>
    <message>
        <source>Storage kinds this target provisions</source>
        <translation>此目标配置的存储类型</translation>
    </message>
    <message>
        <source>One per line: interface major.minor</source>
        <translation>每行一个：接口 主版本.次版本</translation>
    </message>
    <message>
        <source>{low} to {high} at once; Slot count when unset</source>
        <translation>同时 {low} 到 {high} 个；未设置时为槽位数</translation>
    </message>
    <message>
        <source>Regular expression the whole serial matches</source>
        <translation>整个序列号需匹配的正则表达式</translation>
    </message>
    <message>
        <source>At the cloud check</source>
        <translation>在云端检查时</translation>
    </message>
    <message>
        <source>After each PASS, on the line&apos;s label printer</source>
        <translation>每次通过后，在产线的标签打印机上</translation>
    </message>
    <message>
        <source>ZPL file; empty: the built-in 2 x 1 inch label</source>
        <translation>ZPL 文件；留空：内置的 2 x 1 英寸标签</translation>
    </message>
    <message>
        <source>Scan each printed label back before the unit leaves</source>
        <translation>在设备离开前回扫每张打印的标签</translation>
    </message>
    <message>
        <source>How long a unit waits for its label&apos;s scan: {low} to {high} s</source>
        <translation>设备等待其标签被扫描的时长：{low} 到 {high} 秒</translation>
    </message>
    <message>
        <source>Empty: the MES is not asked for this target</source>
        <translation>留空：此目标不询问 MES</translation>
    </message>
    <message>
        <source>Block, or allow and queue the results</source>
        <translation>阻止，或允许并将结果排队</translation>
    </message>
</context>
<context>
    <name>TargetForm</name>
    <message>
        <source>Realm key in the OS keyring</source>
        <translation>系统密钥环中的领域密钥</translation>
    </message>
    <message>
        <source>Issued token in the OS keyring</source>
        <translation>系统密钥环中的已签发令牌</translation>
    </message>
    <message>
        <source>Token command</source>
        <translation>令牌命令</translation>
    </message>
    <message>
        <source>Reported by the device</source>
        <translation>由设备报告</translation>
    </message>
    <message>
        <source>UUIDv5 of an identity field</source>
        <translation>身份字段的 UUIDv5</translation>
    </message>
    <message>
        <source>Correct the field marked in the form.</source>
        <translation>请更正表单中标出的字段。</translation>
    </message>
    <message>
        <source>One argument per line, the program first</source>
        <translation>每行一个参数，程序在最前</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s trusted CAs only</source>
        <translation>留空：仅使用系统信任的 CA</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Slot count</source>
        <translation>槽位数</translation>
    </message>
    <message>
        <source>Empty: every serial</source>
        <translation>留空：所有序列号</translation>
    </message>
    <message>
        <source>A device Astarte reports as confirmed passes</source>
        <translation>Astarte 报告为已确认的设备视为通过</translation>
    </message>
    <message>
        <source>Print the unit&apos;s label after each PASS</source>
        <translation>每次通过后打印设备标签</translation>
    </message>
    <message>
        <source>Empty: the built-in 2 x 1 inch label</source>
        <translation>留空：内置的 2 x 1 英寸标签</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Scan each printed label back before the unit leaves</source>
        <extracomment>Where a relative `label_template` is taken from (the configuration file&apos;s folder).</extracomment>
        <translation>在设备离开前回扫每张打印的标签</translation>
    </message>
    <message>
        <source>Empty: the MES is not asked</source>
        <translation>留空：不询问 MES</translation>
    </message>
    <message>
        <source>Block: no unit while the MES cannot be asked</source>
        <translation>阻止：无法询问 MES 时不处理任何设备</translation>
    </message>
    <message>
        <source>Allow and queue the results</source>
        <translation>允许并将结果排队</translation>
    </message>
    <message>
        <source>CA bundle (PEM)</source>
        <translation>CA 证书包（PEM）</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Line {n} ({line!r}) is not &apos;interface major.minor&apos;, e.g. &apos;{example}&apos;.</source>
        <translation>第 {n} 行（{line!r}）不是“接口 主版本.次版本”格式，例如“{example}”。</translation>
    </message>
</context>
<context>
    <name>TargetsEditor</name>
    <message>
        <source>Realm targets and keys</source>
        <translation>领域目标和密钥</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>新建目标</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Why (recorded in the journal with the change)</source>
        <translation>原因（随更改记录在日志中）</translation>
    </message>
    <message>
        <source>Save target</source>
        <translation>保存目标</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Active target per fixture</source>
        <translation>每个夹具的活动目标</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>设为活动</translation>
    </message>
    <message numerus="yes">
        <source>ℹ {target} is the active target of fixture {fixtures}: saving a change restarts the operator screen on it as soon as no slot is working. The shift counters, each slot&apos;s last result and your sign-in are kept.</source>
        <translation>
            <numerusform>ℹ {target} 是夹具 {fixtures} 的活动目标：保存更改后，一旦没有槽位在工作，操作员屏幕将以它重启。班次计数、每个槽位的最后结果和您的登录都会保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>the new target</source>
        <translation>新目标</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to {target}?</source>
        <translation>放弃对 {target} 的未保存更改？</translation>
    </message>
    <message>
        <source>Cancel goes back to the editor; Save target keeps the changes.</source>
        <translation>“取消”返回编辑器；“保存目标”保留更改。</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>Not saved: </source>
        <translation>未保存：</translation>
    </message>
    <message>
        <source>Not done: </source>
        <translation>未完成：</translation>
    </message>
    <message>
        <source>Target {target!r} saved.</source>
        <translation>目标 {target!r} 已保存。</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
    <message>
        <source>Target {target!r} deleted, with its keyring entries.</source>
        <translation>目标 {target!r} 及其密钥环条目已删除。</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>正在删除</translation>
    </message>
    <message>
        <source>Fixture {fixture} now provisions into {target!r}.</source>
        <translation>夹具 {fixture} 现在配置到 {target!r}。</translation>
    </message>
    <message>
        <source>Saving the active target</source>
        <translation>正在保存活动目标</translation>
    </message>
    <message>
        <source>{name} is signed in as {role}; only a supervisor may open the target editor.</source>
        <translation>{name} 以 {role} 身份登录；只有主管可以打开目标编辑器。</translation>
    </message>
    <message>
        <source>Ask a supervisor to sign in (Roles menu).</source>
        <translation>请主管登录（“角色”菜单）。</translation>
    </message>
</context>
<context>
    <name>TouchPage</name>
    <message>
        <source>Touch and foot pedal</source>
        <translation>触控和脚踏板</translation>
    </message>
    <message>
        <source>Touch mode: every control at least 15 mm, for gloves</source>
        <translation>触控模式：每个控件至少 15 毫米，便于戴手套操作</translation>
    </message>
    <message>
        <source>No pedal</source>
        <translation>无踏板</translation>
    </message>
    <message>
        <source>Why (for the journal)</source>
        <translation>原因（记入日志）</translation>
    </message>
    <message>
        <source>Save and apply</source>
        <translation>保存并应用</translation>
    </message>
    <message>
        <source>Foot pedal key</source>
        <translation>脚踏板按键</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The operator screen takes these over as soon as they are saved. The pedal must be set to send the key named here (its own software does that).</source>
        <translation>保存后操作员屏幕立即采用这些设置。踏板必须设置为发送此处指定的按键（由踏板自带的软件设置）。</translation>
    </message>
    <message>
        <source>Saved; the operator screen uses them now.</source>
        <translation>已保存；操作员屏幕现在使用这些设置。</translation>
    </message>
</context>
<context>
    <name>TouchPageAction</name>
    <message>
        <source>Touch and foot pedal…</source>
        <translation>触控和脚踏板…</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Touch mode is now %1; foot pedal key: %2.</source>
        <translation>触控模式现为%1；脚踏板按键：%2。</translation>
    </message>
</context>
</TS>
