<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArbitrationChoices</name>
    <message>
        <source>Not decided yet</source>
        <translation>还没决定</translation>
    </message>
    <message>
        <source>Where the contract is performed: where you worked</source>
        <translation>劳动合同履行地：你干活的地方</translation>
    </message>
    <message>
        <source>Where the employer is located: where it is registered</source>
        <translation>用人单位所在地：公司注册的地方</translation>
    </message>
    <message>
        <source>e.g. 杭州市余杭区劳动人事争议仲裁委员会</source>
        <translation>例如：杭州市余杭区劳动人事争议仲裁委员会</translation>
    </message>
    <message>
        <source>Compensation (赔偿金, 2N)</source>
        <translation>赔偿金（2N）</translation>
    </message>
    <message>
        <source>Restore the employment (继续履行, going back to work)</source>
        <translation>要求恢复劳动关系（继续履行，回去上班）</translation>
    </message>
    <message>
        <source>Where to apply</source>
        <translation>向哪里申请</translation>
    </message>
    <message>
        <source>Either commission may hear the case: the one where you worked, or the one where the company is registered. If you and the company apply in different places, the one where you worked hears it.</source>
        <translation>两地的仲裁委员会都可以受理：你干活的地方（劳动合同履行地），或公司注册的地方（用人单位所在地）。如果你和公司分别在两地申请，由劳动合同履行地的仲裁委员会管辖。</translation>
    </message>
    <message>
        <source>The arbitration commission&apos;s name</source>
        <translation>仲裁委员会的名称</translation>
    </message>
    <message>
        <source>Find it on the local 人社局 (human resources and social security bureau) website, or call 12333. It goes after 此致 in the application.</source>
        <translation>在当地人社局网站上查，或打 12333 问。它写在申请书的“此致”后面。</translation>
    </message>
    <message>
        <source>If the company ended your job: what you ask for</source>
        <translation>如果公司解除了劳动关系：你要求什么</translation>
    </message>
    <message>
        <source>Compensation: twice the severance (2N), and you do not go back. Restoring the employment: the contract continues and you claim the wages since it was ended. Only one of the two can be asked; talk to a lawyer or legal aid (12348) first.</source>
        <translation>赔偿金：经济补偿的两倍（2N），不再回公司。恢复劳动关系：劳动合同继续履行，并要求解除以来的工资。两者只能选一个；选之前先问律师或法律援助（12348）。</translation>
    </message>
    <message>
        <source>Applying for arbitration</source>
        <translation>申请仲裁</translation>
    </message>
    <message>
        <source>Nothing is recorded until you choose. You can change it at any time.</source>
        <translation>你选了才会记下来，随时可以改。</translation>
    </message>
    <message>
        <source>No ending by the company is on record. The application uses this choice only once the company has ended your job.</source>
        <translation>目前没有公司解除劳动关系的记录。只有公司解除了你的劳动关系，申请书才会用到这一项。</translation>
    </message>
    <message>
        <source>Facts and reasons: your say…</source>
        <translation>事实与理由：逐段确认…</translation>
    </message>
    <message>
        <source>Keep, edit or drop each paragraph the application states.</source>
        <translation>申请书里的每一段事实，由你决定保留、改写还是删去。</translation>
    </message>
</context>
<context>
    <name>Art38NoticeDialog</name>
    <message>
        <source>Resign with cause</source>
        <translation>被迫解除劳动合同</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Art38NoticePanel</name>
    <message>
        <source>Resign with cause: the written notice</source>
        <translation>被迫解除劳动合同：书面通知</translation>
    </message>
    <message>
        <source>I have talked to a lawyer or legal aid (12348)</source>
        <translation>我已经咨询过律师或法律援助（12348）</translation>
    </message>
    <message>
        <source>Whether the notice can be drafted</source>
        <translation>能否起草这份通知</translation>
    </message>
    <message>
        <source>The notice</source>
        <translation>通知书</translation>
    </message>
    <message>
        <source>Serving it, and unemployment insurance</source>
        <translation>怎样送达，以及失业保险</translation>
    </message>
    <message>
        <source>Language of the notice</source>
        <translation>通知书的语言</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>通知书全文</translation>
    </message>
    <message>
        <source>Copy, and log that I served it</source>
        <translation>复制，并记录我已送达</translation>
    </message>
    <message>
        <source>The records show grounds under LCL art. 38(1): %1.</source>
        <translation>记录显示劳动合同法第三十八条第一款的情形：%1。</translation>
    </message>
    <message>
        <source>Copied, and logged under Incidents for %1 as your resignation under art. 38. Serve it today by EMS, WeChat and e-mail, and keep every receipt.</source>
        <translation>已复制，并在“事件”中记为 %1 依第三十八条解除劳动合同。今天就用 EMS、微信和电子邮件送达，保留每一份回执。</translation>
    </message>
</context>
<context>
    <name>BackupPanel</name>
    <message>
        <source>The app copies your data on its own: once a day when it opens, and before an import, a deletion or a restore. A backup holds every case in this data directory. Evidence files are kept apart and are not part of it.</source>
        <translation>应用会自动备份你的数据：每天打开时一次，导入、删除或恢复之前也各一次。一个备份包含这个数据目录里的所有案件。证据文件另外保存，不在备份里。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>备份（最新的在前）</translation>
    </message>
    <message>
        <source>Restore this backup…</source>
        <translation>从这个备份恢复…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>现在备份</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正在处理</translation>
    </message>
    <message>
        <source>✓ Whole</source>
        <translation>✓ 完好</translation>
    </message>
    <message>
        <source>✗ Damaged, cannot be restored</source>
        <translation>✗ 已损坏，不能恢复</translation>
    </message>
    <message>
        <source>No backup yet. One is made once a day when the app opens.</source>
        <translation>还没有备份。应用每天打开时会自动备份一次。</translation>
    </message>
    <message>
        <source>%1 case(s), %2 record(s)</source>
        <translation>%1 个案件，%2 条记录</translation>
    </message>
    <message>
        <source>Before an upgrade of the app</source>
        <translation>应用升级前</translation>
    </message>
    <message>
        <source>Daily, when the app opened</source>
        <translation>每日自动（应用打开时）</translation>
    </message>
    <message>
        <source>You asked for it</source>
        <translation>你要求的备份</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before a deletion</source>
        <translation>删除前</translation>
    </message>
    <message>
        <source>Before a restore: the data as it was then</source>
        <translation>恢复前：当时的数据</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <source>Backed up.</source>
        <translation>已备份。</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>从这个备份恢复？</translation>
    </message>
    <message>
        <source>Restore the backup made %1?</source>
        <translation>恢复 %1 的备份？</translation>
    </message>
    <message>
        <source>Every case in this data directory goes back to how it was at that moment. Anything recorded after it will not be there.

Your data as it is now is not deleted, so nothing is lost: it is first kept aside as a backup of its own (&quot;Before a restore&quot;), which you can restore the same way. Evidence files are not changed.

Each case&apos;s history gets a &quot;restore&quot; entry that names this backup.</source>
        <translation>这个数据目录里的所有案件都会回到那个时刻的样子。那之后记录的内容不会在里面。

你现在的数据不会删除，什么都不会丢失：恢复前会先另存为一个备份（“恢复前”），以后也可以用同样的方法恢复它。证据文件不会改动。

每个案件的历史里会多一条“恢复”（restore）记录，写明用的是哪个备份。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Restoring… Keep the app open.</source>
        <translation>正在恢复… 请不要关闭应用。</translation>
    </message>
    <message>
        <source>Restored the backup made %1. The case history shows a &quot;restore&quot; entry.</source>
        <translation>已恢复 %1 的备份。案件历史里有一条“恢复”（restore）记录。</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Click a day, or drag / shift-click to pick several.</source>
        <translation>点一天；拖动或按住 Shift 点击可以选好几天。</translation>
    </message>
    <message>
        <source>Set the selected days to:</source>
        <translation>把选中的日子记为：</translation>
    </message>
    <message>
        <source>Mark as not logged</source>
        <translation>改回未记录</translation>
    </message>
    <message>
        <source>Note for this day</source>
        <translation>这一天的备注</translation>
    </message>
    <message>
        <source>something happened that day</source>
        <translation>当天有事件</translation>
    </message>
    <message>
        <source>dashed white: not logged</source>
        <translation>白色虚线框：未记录</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) selected</source>
        <translation>
            <numerusform>已选 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Days in the future</source>
        <translation>未来的日子</translation>
    </message>
    <message>
        <source>%1 is more than %2 days from today. Log it as %3 now?</source>
        <translation>%1 离今天超过 %2 天。现在就记为“%3”吗？</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>记下</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>Screenshot pasted %1</source>
        <translation>粘贴的截图 %1</translation>
    </message>
    <message>
        <source>That file cannot be read.</source>
        <translation>这个文件读不了，什么也没有改动。请检查文件是否还在、是否有权限打开。</translation>
    </message>
    <message>
        <source>Text pasted %1</source>
        <translation>粘贴的文字 %1</translation>
    </message>
    <message>
        <source>Copying into the evidence store…</source>
        <translation>正在复制到证据库…</translation>
    </message>
    <message>
        <source>Added: %1. On the Evidence page you can name it and say what it proves.</source>
        <translation>已添加：%1。可以在“证据”页给它起名、写明它证明什么。</translation>
    </message>
</context>
<context>
    <name>CaseDetailsForm</name>
    <message>
        <source>Case details</source>
        <translation>案件信息</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Undo my edits</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>An arbitration application asks for these; under each is where to find it. Nothing else in the app needs them.</source>
        <translation>申请仲裁时，仲裁申请书要写这些；每一项下面写了去哪里找。其他功能用不到它们。</translation>
    </message>
</context>
<context>
    <name>CaseSettingsView</name>
    <message>
        <source>Case details</source>
        <translation>案件信息</translation>
    </message>
    <message>
        <source>History and undo</source>
        <translation>变更历史与撤销</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Backups and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>CloudBanner</name>
    <message>
        <source>Your case is kept in a folder that %1 syncs: copies of it leave this computer, and syncing can damage a file while it is open. Move the data folder out of %1 (start caseapp with --data-dir), and export a case file to share instead.</source>
        <translation>你的案件保存在 %1 会同步的文件夹里：副本会离开这台电脑，而且同步可能损坏正在使用的文件。请把数据文件夹移出 %1（启动 caseapp 时用 --data-dir 指定），需要分享时请导出案件文件。</translation>
    </message>
    <message>
        <source>Cloud-sync warning</source>
        <translation>云同步提醒</translation>
    </message>
</context>
<context>
    <name>CloudStrip</name>
    <message>
        <source>Your case is in a folder %1 syncs: copies leave this computer and syncing can damage it. See Case settings for what to do.</source>
        <translation>你的案件保存在 %1 同步的文件夹里：副本会离开这台电脑，同步还可能损坏文件。怎么处理请看“案件设置”。</translation>
    </message>
    <message>
        <source>Cloud-sync warning</source>
        <translation>云同步提醒</translation>
    </message>
    <message>
        <source>Case settings</source>
        <translation>案件设置</translation>
    </message>
    <message>
        <source>Don&apos;t show again</source>
        <translation>不再提示</translation>
    </message>
    <message>
        <source>Don&apos;t show the cloud-sync warning again for this folder</source>
        <translation>这个文件夹不再显示云同步提醒</translation>
    </message>
</context>
<context>
    <name>CreateCaseForm</name>
    <message>
        <source>Create my case</source>
        <translation>建立我的案件</translation>
    </message>
    <message>
        <source>Fill in what you know; anything marked optional can wait. You can change all of it later.</source>
        <translation>知道的先填上，标着“可不填”的以后再补。所有内容以后都能改。</translation>
    </message>
    <message>
        <source>Other city</source>
        <translation>其他城市</translation>
    </message>
    <message>
        <source>Another city (province not given)</source>
        <translation>其他城市（未指明省份）</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Yes, I signed a written contract</source>
        <translation>签过书面劳动合同</translation>
    </message>
    <message>
        <source>No, none was signed</source>
        <translation>没签书面劳动合同</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>你的姓名</translation>
    </message>
    <message>
        <source>As on your ID card.</source>
        <translation>和身份证上一致。</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>The company named on your contract or that pays you (用人单位).</source>
        <translation>劳动合同上写的、或给你发工资的公司。</translation>
    </message>
    <message>
        <source>Where you actually work (optional)</source>
        <translation>实际干活的单位（可不填）</translation>
    </message>
    <message>
        <source>The client or the company you were sent to (用工单位), if different.</source>
        <translation>你被派去或外包去的公司（用工单位），和上面不同时填。</translation>
    </message>
    <message>
        <source>How you are employed</source>
        <translation>用工方式</translation>
    </message>
    <message>
        <source>Dispatch: an agency employs you and sends you to another company.</source>
        <translation>劳务派遣：派遣公司和你签合同，再把你派到别的公司干活。</translation>
    </message>
    <message>
        <source>City where you work</source>
        <translation>工作所在城市</translation>
    </message>
    <message>
        <source>Local minimum wage and rules depend on where the work is done.</source>
        <translation>最低工资和地方规定按实际干活的地方算。</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同期限</translation>
    </message>
    <message>
        <source>The kind of term your contract has; &quot;no contract&quot; if none was signed.</source>
        <translation>合同约定的期限类型；没签合同就选“没有合同”。</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>The day you started work, as year-month-day.</source>
        <translation>开始上班的那天，按 年-月-日 填写。</translation>
    </message>
    <message>
        <source>End date (if any)</source>
        <translation>合同到期日（如有）</translation>
    </message>
    <message>
        <source>When the contract term ends; leave empty if open-ended.</source>
        <translation>合同期满的日子；无固定期限就空着。</translation>
    </message>
    <message>
        <source>Written contract</source>
        <translation>书面合同</translation>
    </message>
    <message>
        <source>Without one after a month, the law provides double pay.</source>
        <translation>入职超过一个月仍未签书面合同的，法律规定应支付二倍工资。</translation>
    </message>
    <message>
        <source>Monthly wage in the contract (yuan, before tax)</source>
        <translation>合同约定的月工资（元，税前）</translation>
    </message>
    <message>
        <source>The gross monthly figure agreed, e.g. 8000 or 8000.50.</source>
        <translation>约定的税前月工资，例如 8000 或 8000.50。</translation>
    </message>
    <message>
        <source>How the work is paid</source>
        <translation>计薪方式</translation>
    </message>
    <message>
        <source>By the hour for part-time work; by the piece for platform batches.</source>
        <translation>非全日制按小时计；平台批次按件计。</translation>
    </message>
    <message>
        <source>Hourly wage agreed (yuan, optional)</source>
        <translation>约定的小时工资（元，可不填）</translation>
    </message>
    <message>
        <source>For work paid by the hour, e.g. 25.</source>
        <translation>按小时计薪时填写，例如 25。</translation>
    </message>
    <message>
        <source>Payday</source>
        <translation>发薪日</translation>
    </message>
    <message>
        <source>The day of the month your pay usually arrives (1–31).</source>
        <translation>每月工资通常到账的日子（1–31）。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>建立</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Optional when the work is not paid by the month.</source>
        <translation>不是按月计薪时可以不填。</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>请填写你的姓名。</translation>
    </message>
    <message>
        <source>Please enter the employer&apos;s name.</source>
        <translation>请填写用人单位的名称。</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 2024-03-01.</source>
        <translation>请按 年-月-日 填写，例如 2024-03-01。</translation>
    </message>
    <message>
        <source>Write the date as year-month-day, e.g. 2027-02-28.</source>
        <translation>请按 年-月-日 填写，例如 2027-02-28。</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>到期日早于入职日期，请检查。</translation>
    </message>
    <message>
        <source>Enter the amount in yuan as digits, e.g. 8000 or 8000.50.</source>
        <translation>请用数字填写金额（元），例如 8000 或 8000.50。</translation>
    </message>
    <message>
        <source>Enter the amount in yuan as digits, e.g. 25.</source>
        <translation>请用数字填写金额（元），例如 25。</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>请选择一项。</translation>
    </message>
    <message>
        <source>A month has days 1 to 31; enter one of them.</source>
        <translation>每月只有 1 到 31 号，请填其中一天。</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Ready to add to your case</source>
        <translation>准备加入你的案件</translation>
    </message>
    <message>
        <source>Everything is marked as reconstructed from memory and the bank app, so a lawyer can tell it apart from what you logged on the day. Days you already logged are kept as they are.</source>
        <translation>这里补记的内容都会标明是根据回忆和银行 App 补录的，律师能把它和你当天的记录区分开。已经记录过的日子保持不变。</translation>
    </message>
    <message>
        <source>%1 days, %2 payments, %3 things said, %4 pieces of evidence to fetch.</source>
        <translation>将加入：%1 天、%2 笔工资、%3 件事、%4 项待整理的证据。</translation>
    </message>
</context>
<context>
    <name>EncryptionPanel</name>
    <message>
        <source>Turn on encryption…</source>
        <translation>开启加密…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>修改密码…</translation>
    </message>
    <message>
        <source>Turn off encryption…</source>
        <translation>关闭加密…</translation>
    </message>
    <message>
        <source>Encryption is on</source>
        <translation>加密已开启</translation>
    </message>
    <message>
        <source>Encryption is off</source>
        <translation>加密未开启</translation>
    </message>
    <message>
        <source>Your case file on this computer — records, backups and evidence files — is encrypted. The app asks for the passphrase when it starts, and the command line does too. Without the passphrase or the recovery key, nobody can open it, and neither can you.</source>
        <translation>这台电脑上的案件记录——所有记录、备份和证据文件——都已加密保存。应用启动时会要求输入密码，命令行也一样。没有密码也没有恢复密钥，任何人都打不开，你自己也打不开。</translation>
    </message>
    <message>
        <source>Your case file on this computer is not encrypted: anyone who can open its files, or a copy of them, can read everything, even with the window locked. Turn on encryption to protect it with a passphrase.</source>
        <translation>这台电脑上的案件记录没有加密：能打开这些文件（或它们的副本）的人都能读到全部内容，即使窗口已锁定。开启加密，就能用密码保护它。</translation>
    </message>
    <message>
        <source>Working… do not switch the computer off.</source>
        <translation>正在处理……请不要关机。</translation>
    </message>
    <message>
        <source>Turn on encryption</source>
        <translation>开启加密</translation>
    </message>
    <message>
        <source>Choose a passphrase: a few words only you know. The app will encrypt the whole case file — records, backups and evidence files — and ask for this passphrase every time it starts. You will get a recovery key to write down.</source>
        <translation>请设一个密码：几个只有你知道的词。应用会把整个案件记录——所有记录、备份和证据文件——加密保存，以后每次启动都要输入这个密码。之后你会拿到一把恢复密钥，请抄下来。</translation>
    </message>
    <message>
        <source>I understand: without the passphrase or the recovery key, my case is lost.</source>
        <translation>我明白：没有密码也没有恢复密钥，我的案件就再也打不开了。</translation>
    </message>
    <message>
        <source>Encryption is on.</source>
        <translation>加密已开启。</translation>
    </message>
    <message>
        <source>Turn off encryption</source>
        <translation>关闭加密</translation>
    </message>
    <message>
        <source>The case file will be stored without encryption again: anyone who can open its files can read them. Type your passphrase to confirm.</source>
        <translation>案件记录将重新以不加密的方式保存：能打开这些文件的人都能读到内容。请输入密码确认。</translation>
    </message>
    <message>
        <source>Encryption is off.</source>
        <translation>加密已关闭。</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Only the key that opens your case is re-sealed; nothing else is rewritten. Your recovery key stays the same.</source>
        <translation>只会重新封存打开案件的那把钥匙，其他内容都不用重写。恢复密钥保持不变。</translation>
    </message>
    <message>
        <source>Passphrase changed.</source>
        <translation>密码已修改。</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256 指纹</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>用在哪些记录</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>文件不见了</translation>
    </message>
    <message>
        <source>file changed</source>
        <translation>文件被改动</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>没有文件</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>About this evidence</source>
        <translation>这份证据</translation>
    </message>
    <message>
        <source>e.g. 2025-03-04 (may stay empty)</source>
        <translation>例如 2025-03-04（可以不填）</translation>
    </message>
    <message>
        <source>e.g. I took the screenshot on my phone</source>
        <translation>例如：我自己用手机截的图</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Say what it is, e.g. Team lead on WeChat: no need to come in from tomorrow</source>
        <translation>写清楚这是什么，例如：主管微信：明天起不用来了</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date it bears</source>
        <translation>证据上的日期</translation>
    </message>
    <message>
        <source>The date on the item itself (a message, a notice). Leave empty if none.</source>
        <translation>证据本身显示的日期（消息、通知上的）。没有就不填。</translation>
    </message>
    <message>
        <source>When you got it</source>
        <translation>你拿到它的日期</translation>
    </message>
    <message>
        <source>The day you took, received or copied it. Not the day you added it here.</source>
        <translation>你截图、收到或复印它的那天，不是加到这里的那天。</translation>
    </message>
    <message>
        <source>How you got it</source>
        <translation>怎么拿到的</translation>
    </message>
    <message>
        <source>App or channel</source>
        <translation>来自哪个软件或渠道</translation>
    </message>
    <message>
        <source>Where it was sent or kept</source>
        <translation>在哪里发的或保存的</translation>
    </message>
    <message>
        <source>The other side&apos;s account</source>
        <translation>对方的账号</translation>
    </message>
    <message>
        <source>Their WeChat id or e-mail address (not the nickname)</source>
        <translation>对方的微信号或邮箱地址（不是昵称）</translation>
    </message>
    <message>
        <source>What it proves</source>
        <translation>证明什么</translation>
    </message>
    <message>
        <source>Tick what it shows; the filing pack lists it under that.</source>
        <translation>勾选它能证明的事；仲裁材料的证据目录按这里分组。</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>用你自己的话说（证明目的）</translation>
    </message>
    <message>
        <source>e.g. Shows the company told me on 3 March, by word of mouth only, to stay home</source>
        <translation>例如：证明公司在3月3日口头通知我待岗，没有书面通知</translation>
    </message>
    <message>
        <source>The original</source>
        <translation>原件在哪里</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>证人</translation>
    </message>
    <message>
        <source>Someone who saw or heard it and could say so (may stay empty)</source>
        <translation>看到或听到这件事、愿意作证的人（可以不填）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Undo my edits</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Show the item as it was last saved</source>
        <translation>恢复成上次保存的样子</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>This item has no file yet: add the scan, photo or recording of it</source>
        <translation>这份证据还没有文件：把它的扫描件、照片或录音加进来</translation>
    </message>
    <message>
        <source>“%1” was guessed from the file&apos;s format: change it if it is wrong.</source>
        <translation>“%1”是按文件格式猜的，不对请改。</translation>
    </message>
    <message>
        <source>Added. Give it a name that says what it is, and what it proves; then Save. Dates stay empty until you write them.</source>
        <translation>已添加。给它起个能说明内容的名字，写下它证明什么，然后保存。日期你不填就一直空着。</translation>
    </message>
    <message>
        <source>Give it a name that says what it is.</source>
        <translation>请给它起个能说明内容的名字。</translation>
    </message>
    <message>
        <source>The date must lie between 1990-01-01 and today.</source>
        <translation>日期要在 1990-01-01 到今天之间。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有改动。</translation>
    </message>
    <message>
        <source>No file yet: a paper in a drawer or a witness is evidence too. When you have a scan or photo of it, add it here.</source>
        <translation>还没有文件：抽屉里的纸质文件、证人也是证据。有了扫描件或照片，就在这里加上。</translation>
    </message>
    <message>
        <source>Files are kept exactly as added, with their fingerprint. A new version of a file goes in as a new item (Add files…).</source>
        <translation>文件按加入时的样子原样保存，带指纹。文件有了新版本，请作为新证据添加（添加文件…）。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Open a copy with the usual program</source>
        <translation>用常用的程序打开一份副本</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>Find the original…</source>
        <translation>找回原文件…</translation>
    </message>
    <message>
        <source>Choose the original file: if its fingerprint matches, it is put back</source>
        <translation>选中原文件：指纹一致就放回去</translation>
    </message>
    <message>
        <source>⚠ This file is missing from this computer&apos;s evidence store. A report or an export still goes ahead and says so. If you still have the original (on your phone, in Downloads), choose it with “Find the original…”.</source>
        <translation>⚠ 本机的证据库里找不到这个文件。生成报告和导出照常进行，并会注明缺了它。如果原文件还在（手机里、下载文件夹里），点“找回原文件…”选中它。</translation>
    </message>
    <message>
        <source>⚠ This file has changed since it was added: it no longer matches its fingerprint. A report or an export still goes ahead, leaves it out and says so. If you still have the original, choose it with “Find the original…”.</source>
        <translation>⚠ 这个文件加入后被改动过，和它的指纹对不上了。生成报告和导出照常进行，但不放入它，并会注明。如果原文件还在，点“找回原文件…”选中它。</translation>
    </message>
</context>
<context>
    <name>EvidenceView</name>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Paste a screenshot</source>
        <translation>粘贴截图</translation>
    </message>
    <message>
        <source>Drop files here, or add or paste them. A copy is kept here with its fingerprint (SHA-256); keep the originals on your phone as they are.</source>
        <translation>把文件拖到这里，或者添加、粘贴。这里会保存一份副本和它的指纹（SHA-256）；手机上的原件请原样保留。</translation>
    </message>
    <message>
        <source>Copying progress</source>
        <translation>复制进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Evidence in full</source>
        <translation>证据详情</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>This evidence is still used by: %1. Untick it in those records first; then it can be deleted.</source>
        <translation>这份证据仍被这些记录使用：%1。请先在那些记录中取消勾选，然后才能删除。</translation>
    </message>
    <message>
        <source>Add the file of this evidence</source>
        <translation>添加这份证据的文件</translation>
    </message>
    <message>
        <source>No program here opens this kind of file.</source>
        <translation>这台电脑上没有能打开这类文件的程序。</translation>
    </message>
    <message>
        <source>This file cannot be opened: it is missing from the evidence store.</source>
        <translation>打不开这个文件：证据库里找不到它。</translation>
    </message>
    <message>
        <source>Choose the original file</source>
        <translation>选择原文件</translation>
    </message>
    <message>
        <source>That is not the same file (its fingerprint differs): nothing was changed. If it is a new version, add it as a new item.</source>
        <translation>这不是同一个文件（指纹不同），什么都没有改。如果它是新版本，请作为新证据添加。</translation>
    </message>
    <message>
        <source>The file is back, checked against its fingerprint.</source>
        <translation>文件已放回，指纹核对一致。</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>导入于 %1</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>用在哪些记录</translation>
    </message>
    <message>
        <source>Not linked to a record yet: tick it in an incident or a payment.</source>
        <translation>还没有关联到任何记录：可以在事件或工资记录里勾选它。</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>添加证据文件</translation>
    </message>
    <message>
        <source>Still copying the last files; wait or cancel.</source>
        <translation>上一批文件还在复制；请稍等或取消。</translation>
    </message>
    <message>
        <source>%1 is not there any more.</source>
        <translation>找不到 %1 了。</translation>
    </message>
    <message>
        <source>%1 cannot be read: check it opens, then try again.</source>
        <translation>%1 无法读取：请确认它能打开，再试一次。</translation>
    </message>
    <message>
        <source>%1 is larger than 4 GB: split it or keep it on the phone.</source>
        <translation>%1 超过 4 GB：请分段，或者保存在手机上。</translation>
    </message>
    <message>
        <source>Nothing to paste: copy a screenshot first.</source>
        <translation>没有可粘贴的内容：请先复制一张截图。</translation>
    </message>
    <message>
        <source>Screenshot pasted %1</source>
        <translation>%1 粘贴的截图</translation>
    </message>
    <message>
        <source>Copying and fingerprinting… %1 of %2</source>
        <translation>正在复制并计算指纹… %1 / %2</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>已添加：%1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was added.</source>
        <translation>已取消，没有添加任何内容。</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Learned of it on</source>
        <translation>得知日期</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基本工资</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>发放方</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Last changed at</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <source>Recorded on</source>
        <translation>记录方式</translation>
    </message>
    <message>
        <source>Filled in later, based on</source>
        <translation>事后补记的依据</translation>
    </message>
    <message>
        <source>That day</source>
        <translation>当天情况</translation>
    </message>
    <message>
        <source>Kind of leave</source>
        <translation>假期种类</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>上班时间</translation>
    </message>
    <message>
        <source>Finished at</source>
        <translation>下班时间</translation>
    </message>
    <message>
        <source>Overtime hours</source>
        <translation>加班小时数</translation>
    </message>
    <message>
        <source>Hours worked</source>
        <translation>工作时长（小时）</translation>
    </message>
    <message>
        <source>How the work is paid</source>
        <translation>计薪方式</translation>
    </message>
    <message>
        <source>Hourly wage</source>
        <translation>小时工资</translation>
    </message>
    <message>
        <source>Full-time student</source>
        <translation>全日制在校学生</translation>
    </message>
    <message>
        <source>Drawing a pension</source>
        <translation>已领取养老金</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>应付金额</translation>
    </message>
    <message>
        <source>Where the batch stands</source>
        <translation>批次状态</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Review period (days)</source>
        <translation>验收期（天）</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>验收结果日期</translation>
    </message>
    <message>
        <source>Reason for rejection</source>
        <translation>驳回理由</translation>
    </message>
    <message>
        <source>Batches paid</source>
        <translation>结算的批次</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>到账日期</translation>
    </message>
    <message>
        <source>For the period from</source>
        <translation>所属期间自</translation>
    </message>
    <message>
        <source>For the period to</source>
        <translation>所属期间至</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>款项性质</translation>
    </message>
    <message>
        <source>Gross (before deductions)</source>
        <translation>应发（扣款前）</translation>
    </message>
    <message>
        <source>Net received</source>
        <translation>实际到账</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Your social insurance</source>
        <translation>个人社保</translation>
    </message>
    <message>
        <source>Your housing fund</source>
        <translation>个人公积金</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>个人所得税</translation>
    </message>
    <message>
        <source>Other deductions</source>
        <translation>其他扣款</translation>
    </message>
    <message>
        <source>Reason for other deductions</source>
        <translation>其他扣款的原因</translation>
    </message>
    <message>
        <source>Pay items</source>
        <translation>工资构成</translation>
    </message>
    <message>
        <source>Base pay</source>
        <translation>基本工资</translation>
    </message>
    <message>
        <source>Performance pay</source>
        <translation>绩效工资</translation>
    </message>
    <message>
        <source>Allowances</source>
        <translation>津贴补贴</translation>
    </message>
    <message>
        <source>Overtime pay</source>
        <translation>加班费</translation>
    </message>
    <message>
        <source>Payer&apos;s name</source>
        <translation>付款方名称</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>安排日期</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>安排人</translation>
    </message>
    <message>
        <source>Assigned by (side)</source>
        <translation>安排方</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>缴费情况</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>险种</translation>
    </message>
    <message>
        <source>Contribution base</source>
        <translation>缴费基数</translation>
    </message>
    <message>
        <source>Your share withheld</source>
        <translation>代扣个人部分</translation>
    </message>
    <message>
        <source>Where this comes from</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>What happened, in your words</source>
        <translation>经过（用你自己的话）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <source>Which side</source>
        <translation>哪一方</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Written or oral</source>
        <translation>书面还是口头</translation>
    </message>
    <message>
        <source>Stamped</source>
        <translation>是否盖章</translation>
    </message>
    <message>
        <source>Exact words</source>
        <translation>原话</translation>
    </message>
    <message>
        <source>Who it concerned</source>
        <translation>涉及范围</translation>
    </message>
    <message>
        <source>Reason they gave</source>
        <translation>对方说的理由</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Terms offered</source>
        <translation>提出的条件</translation>
    </message>
    <message>
        <source>Terms, in words</source>
        <translation>条件（文字）</translation>
    </message>
    <message>
        <source>My response</source>
        <translation>我的回应</translation>
    </message>
    <message>
        <source>What the agreement covers</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>新岗位</translation>
    </message>
    <message>
        <source>New city</source>
        <translation>新城市</translation>
    </message>
    <message>
        <source>From</source>
        <translation>自</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Ground they gave, in words</source>
        <translation>对方说的依据（文字）</translation>
    </message>
    <message>
        <source>Union notified</source>
        <translation>是否通知工会</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>涉及人数</translation>
    </message>
    <message>
        <source>Points it supports</source>
        <translation>支持的要点</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Amount ordered paid</source>
        <translation>责令支付的金额</translation>
    </message>
    <message>
        <source>To be paid by</source>
        <translation>限期支付至</translation>
    </message>
    <message>
        <source>Sum offered</source>
        <translation>报价金额</translation>
    </message>
    <message>
        <source>Last working day offered</source>
        <translation>方案中的最后工作日</translation>
    </message>
    <message>
        <source>What the offer&apos;s paper says</source>
        <translation>方案上写的条款</translation>
    </message>
    <message>
        <source>Kind of evidence</source>
        <translation>证据种类</translation>
    </message>
    <message>
        <source>The original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Type in law</source>
        <translation>证据类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>保存为</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>指纹（SHA-256）</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>原文件名</translation>
    </message>
    <message>
        <source>File last modified</source>
        <translation>文件最后修改时间</translation>
    </message>
    <message>
        <source>Imported at</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>形成日期</translation>
    </message>
    <message>
        <source>Obtained on</source>
        <translation>取得日期</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>从哪里来</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>The other side&apos;s account</source>
        <translation>对方账号</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>文字记录</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>能说明什么</translation>
    </message>
    <message>
        <source>What it is meant to prove</source>
        <translation>证明目的</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>证人</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>劳动者</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Home address (as on the ID card)</source>
        <translation>住所（身份证上的地址）</translation>
    </message>
    <message>
        <source>Address for papers</source>
        <translation>通讯地址</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人（负责人）</translation>
    </message>
    <message>
        <source>Representative&apos;s title</source>
        <translation>法定代表人 / 负责人的职务</translation>
    </message>
    <message>
        <source>Has a trade union</source>
        <translation>有没有工会</translation>
    </message>
    <message>
        <source>Arbitration</source>
        <translation>申请仲裁</translation>
    </message>
    <message>
        <source>Where to apply</source>
        <translation>向哪里申请</translation>
    </message>
    <message>
        <source>Arbitration commission</source>
        <translation>仲裁委员会</translation>
    </message>
    <message>
        <source>What you ask for</source>
        <translation>你的请求</translation>
    </message>
    <message>
        <source>Facts and reasons: your say</source>
        <translation>事实与理由：逐段确认</translation>
    </message>
    <message>
        <source>Your choice</source>
        <translation>你的选择</translation>
    </message>
    <message>
        <source>The records as they were then</source>
        <translation>当时的记录</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>你自己的话</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Where you actually work</source>
        <translation>实际工作单位（用工单位）</translation>
    </message>
    <message>
        <source>How you are employed</source>
        <translation>用工方式</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>劳动合同</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>书面合同</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>I have a copy</source>
        <translation>我有合同原件或复印件</translation>
    </message>
    <message>
        <source>Probation ends</source>
        <translation>试用期结束</translation>
    </message>
    <message>
        <source>Monthly wage in the contract</source>
        <translation>合同约定月工资</translation>
    </message>
    <message>
        <source>Payday</source>
        <translation>发薪日</translation>
    </message>
    <message>
        <source>Employed since</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Earlier service</source>
        <translation>此前工作年限</translation>
    </message>
    <message>
        <source>Same workplace</source>
        <translation>同一工作地点</translation>
    </message>
    <message>
        <source>Severance paid</source>
        <translation>已支付经济补偿</translation>
    </message>
    <message>
        <source>Wage change</source>
        <translation>工资调整</translation>
    </message>
    <message>
        <source>Monthly gross</source>
        <translation>月应发工资</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Performance pay (target)</source>
        <translation>绩效工资（目标）</translation>
    </message>
    <message>
        <source>Fixed allowances</source>
        <translation>固定津贴</translation>
    </message>
    <message>
        <source>Pay arrives months later</source>
        <translation>工资延后几个月发放</translation>
    </message>
    <message>
        <source>Working-hours system</source>
        <translation>工时制度</translation>
    </message>
    <message>
        <source>Years worked before</source>
        <translation>此前工作年数</translation>
    </message>
    <message>
        <source>Protected period</source>
        <translation>特殊保护期</translation>
    </message>
    <message>
        <source>Who manages what</source>
        <translation>谁管什么</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Work tasks</source>
        <translation>工作安排</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Badge and email</source>
        <translation>工牌和邮箱</translation>
    </message>
    <message>
        <source>Workplace rules</source>
        <translation>规章制度</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>发工资</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>劳务派遣</translation>
    </message>
    <message>
        <source>Dispatch agreement ends</source>
        <translation>派遣协议到期</translation>
    </message>
    <message>
        <source>Employment ended</source>
        <translation>劳动关系结束</translation>
    </message>
    <message>
        <source>Reason for resigning, in words</source>
        <translation>辞职原因（文字）</translation>
    </message>
    <message>
        <source>Certificate of termination issued</source>
        <translation>已出具解除/终止证明</translation>
    </message>
    <message>
        <source>Figures you set yourself</source>
        <translation>自己填写的标准</translation>
    </message>
    <message>
        <source>Minimum wage</source>
        <translation>最低工资</translation>
    </message>
    <message>
        <source>Standby pay ratio</source>
        <translation>待岗工资比例</translation>
    </message>
    <message>
        <source>Average wage</source>
        <translation>平均工资</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>apply by %1</source>
        <translation>请在 %1 之前申请</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Risk notes</source>
        <translation>风险提示</translation>
    </message>
    <message>
        <source>Working out what your records mean…</source>
        <translation>正在根据你的记录计算…</translation>
    </message>
    <message>
        <source>What the claims come to</source>
        <translation>可以主张的金额</translation>
    </message>
    <message>
        <source>These are estimates from your own records, compared with the law; not a verdict. Before any step you cannot take back — signing, resigning, applying — talk to a lawyer or legal aid (12348) first.</source>
        <translation>这些是根据你自己的记录、对照法律规定得出的估算，不是裁决。在签字、辞职、申请仲裁等无法撤回的步骤之前，请先咨询律师或法律援助（12348）。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>风险提示</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next steps checklist</source>
        <translation>下一步清单</translation>
    </message>
    <message>
        <source>Finding in full</source>
        <translation>详细说明</translation>
    </message>
    <message>
        <source>Checked against your records up to %1: %2 notes need your attention.</source>
        <translation>已对照你截至 %1 的记录：%2 条需要留意。</translation>
    </message>
    <message>
        <source>%1 more for information.</source>
        <translation>另有 %1 条供参考。</translation>
    </message>
    <message>
        <source>Nothing stands out so far. Keep logging each day: the notes update by themselves.</source>
        <translation>目前没有发现明显的问题。请继续每天记录，提示会自动更新。</translation>
    </message>
    <message>
        <source>How important</source>
        <translation>重要程度</translation>
    </message>
    <message>
        <source>Estimated amount</source>
        <translation>估算金额</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>依据强度</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>How it is calculated</source>
        <translation>怎么算出来的</translation>
    </message>
    <message>
        <source>Your records it rests on</source>
        <translation>依据的是你的这些记录</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>下一步怎么做</translation>
    </message>
    <message>
        <source>What the company may say</source>
        <translation>公司可能会怎么说</translation>
    </message>
    <message>
        <source>What would make it stronger</source>
        <translation>怎样让证据更有力</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……还有 %1 条</translation>
    </message>
    <message>
        <source>Talk to a lawyer or legal aid (12348) before you sign, resign or apply. Labour arbitration is free.</source>
        <translation>签字、辞职或申请之前，先咨询律师或法律援助（12348）。劳动仲裁不收费。</translation>
    </message>
</context>
<context>
    <name>FingerprintCard</name>
    <message>
        <source>Send today&apos;s fingerprint to yourself</source>
        <translation>把今天的指纹发给自己</translation>
    </message>
    <message>
        <source>A short text with your record&apos;s fingerprint (its hash) and today&apos;s date. Send it to yourself by WeChat or e-mail: the message&apos;s time, kept by WeChat or the mail server, shows that your record existed like this by then and was not changed later. It does not show that what you recorded is true. Once a week is enough.</source>
        <translation>一小段文字，含有你的记录的指纹（哈希值）和今天的日期。用微信或电子邮件发给自己：微信或邮件服务器记下的发送时间，可以证明你的记录在那时已经是这个样子，之后没有被改过。它不能证明你记录的内容属实。每周发一次就够了。</translation>
    </message>
    <message>
        <source>Copy for WeChat</source>
        <translation>复制，发微信</translation>
    </message>
    <message>
        <source>Copy for e-mail</source>
        <translation>复制，发邮件</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Copied. Paste it into a chat with yourself (WeChat: File Transfer) or an e-mail to yourself, and send it.</source>
        <translation>已复制。请粘贴到发给自己的聊天（微信“文件传输助手”）或发给自己的邮件里，然后发送。</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Write the date as year-month-day, e.g. 2024-03-01.</source>
        <translation>请按“年-月-日”填写日期，例如 2024-03-01。</translation>
    </message>
    <message>
        <source>There is no such date. Write it as year-month-day, e.g. 2024-03-01.</source>
        <translation>没有这一天。请按“年-月-日”填写，例如 2024-03-01。</translation>
    </message>
    <message>
        <source>Write the amount in yuan, e.g. 3500 or 3500.50.</source>
        <translation>请填写金额（元），例如 3500 或 3500.50。</translation>
    </message>
    <message>
        <source>Write the amount in yuan with digits only, e.g. 3500 or 3500.50.</source>
        <translation>金额只能填数字（元），例如 3500 或 3500.50。</translation>
    </message>
</context>
<context>
    <name>Glyph</name>
    <message>
        <source>W</source>
        <translation>工</translation>
    </message>
    <message>
        <source>B</source>
        <translation>待</translation>
    </message>
    <message>
        <source>S</source>
        <translation>坐</translation>
    </message>
    <message>
        <source>C</source>
        <translation>卡</translation>
    </message>
    <message>
        <source>L</source>
        <translation>假</translation>
    </message>
    <message>
        <source>K</source>
        <translation>病</translation>
    </message>
    <message>
        <source>R</source>
        <translation>休</translation>
    </message>
    <message>
        <source>A</source>
        <translation>缺</translation>
    </message>
</context>
<context>
    <name>HavePage</name>
    <message>
        <source>Chats about the standby (screenshots)</source>
        <translation>关于待岗的聊天记录（截图）</translation>
    </message>
    <message>
        <source>Bank records of my pay</source>
        <translation>工资的银行到账记录</translation>
    </message>
    <message>
        <source>Payslips</source>
        <translation>工资条</translation>
    </message>
    <message>
        <source>My labour contract</source>
        <translation>我的劳动合同</translation>
    </message>
    <message>
        <source>A written notice from the company</source>
        <translation>公司的书面通知</translation>
    </message>
    <message>
        <source>Attendance / clock-in records</source>
        <translation>考勤 / 打卡记录</translation>
    </message>
    <message>
        <source>A recording of a talk I was part of</source>
        <translation>我本人参与的谈话录音</translation>
    </message>
    <message>
        <source>What do you already have?</source>
        <translation>你手上已经有哪些材料？</translation>
    </message>
    <message>
        <source>Tick what you have kept. Add the files later under Evidence; keep the originals.</source>
        <translation>勾选你保存着的材料。文件稍后在“证据”里添加；原件请保留好。</translation>
    </message>
</context>
<context>
    <name>HelpView</name>
    <message>
        <source>Letters and help</source>
        <translation>模板与求助</translation>
    </message>
    <message>
        <source>Letters to send</source>
        <translation>要发出的书面材料</translation>
    </message>
    <message>
        <source>Records to fetch</source>
        <translation>要调取的官方记录</translation>
    </message>
    <message>
        <source>Who can help</source>
        <translation>可以找谁帮忙</translation>
    </message>
    <message>
        <source>The road to the money</source>
        <translation>拿回钱的路</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>An exit offer</source>
        <translation>离职协议</translation>
    </message>
    <message>
        <source>Resign with cause</source>
        <translation>被迫解除劳动合同</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>信的语言</translation>
    </message>
    <message>
        <source>What the letter demands</source>
        <translation>这封信要求什么</translation>
    </message>
    <message>
        <source>Claims the letter demands</source>
        <translation>信中提出的要求</translation>
    </message>
    <message>
        <source>Read it, change anything that is not right, then copy it. Send it where the company will see it in writing — work email, or the work chat — and keep the sent copy and any reply.</source>
        <translation>先读一遍，把不对的地方改掉，再复制。通过公司能看到的书面方式发出——工作邮箱或工作群聊——并保存发出的记录和对方的回复。</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>信件内容</translation>
    </message>
    <message>
        <source>Copy, and log that I sent it</source>
        <translation>复制，并记下我已发送</translation>
    </message>
    <message>
        <source>Tick at least one thing the letter demands.</source>
        <translation>请至少勾选一项要求。</translation>
    </message>
    <message>
        <source>Copied, and logged under Incidents for %1. Send it today and keep the sent copy.</source>
        <translation>已复制，并记入 %1 的事件。请今天发出，并保存发送记录。</translation>
    </message>
    <message>
        <source>Official records carry weight because the company cannot change them. Fetch these now, while you still have access, and add them under Evidence.</source>
        <translation>官方记录公司改不了，所以很有分量。趁现在还能查到，赶快调取，并添加到“证据”里。</translation>
    </message>
    <message>
        <source>Ask 12333 for the address of the commission and the inspection office responsible for your employer.</source>
        <translation>拨打 12333，问清负责你单位的劳动仲裁委员会和劳动监察机构的地址。</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Whose history</source>
        <translation>查看哪条记录的修改</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>撤销上一次修改</translation>
    </message>
    <message>
        <source>Every change is kept in the journal, with a fingerprint chain a lawyer can check. Undo adds a new entry; nothing is erased.</source>
        <translation>每一次修改都记在日志里，并有律师可以核对的指纹链。撤销会新增一条记录，不会抹掉任何内容。</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Change in full</source>
        <translation>修改详情</translation>
    </message>
    <message>
        <source>The whole case</source>
        <translation>整个案件</translation>
    </message>
    <message>
        <source>This undid change no. %1</source>
        <translation>这一条撤销了第 %1 号修改</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可以撤销的修改。</translation>
    </message>
    <message>
        <source>The last change was undone.</source>
        <translation>已撤销上一次修改。</translation>
    </message>
</context>
<context>
    <name>IncidentExtra</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Who else was affected</source>
        <translation>还有谁受影响</translation>
    </message>
    <message>
        <source>Only you, or more people?</source>
        <translation>只有你，还是更多人？</translation>
    </message>
    <message>
        <source>The reason they gave</source>
        <translation>对方给的理由</translation>
    </message>
    <message>
        <source>In their words.</source>
        <translation>按对方的说法写。</translation>
    </message>
    <message>
        <source>Ground given for the return</source>
        <translation>退回的理由</translation>
    </message>
    <message>
        <source>Ground given for ending the contract</source>
        <translation>解除合同的理由</translation>
    </message>
    <message>
        <source>Compared with before</source>
        <translation>和原来相比</translation>
    </message>
    <message>
        <source>Pay, post and place.</source>
        <translation>工资、岗位和地点。</translation>
    </message>
    <message>
        <source>What they offered</source>
        <translation>对方给出的条件</translation>
    </message>
    <message>
        <source>Amounts and dates.</source>
        <translation>金额和日期。</translation>
    </message>
    <message>
        <source>How you answered</source>
        <translation>你是怎么回应的</translation>
    </message>
    <message>
        <source>Say no in writing if you do not agree.</source>
        <translation>不同意的话，请书面说明。</translation>
    </message>
    <message>
        <source>What the agreement is about</source>
        <translation>协议的内容</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>新岗位</translation>
    </message>
    <message>
        <source>New city</source>
        <translation>新城市</translation>
    </message>
    <message>
        <source>Assessed from</source>
        <translation>考核期从</translation>
    </message>
    <message>
        <source>Year-month-day.</source>
        <translation>年-月-日。</translation>
    </message>
    <message>
        <source>Assessed to</source>
        <translation>考核期到</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>The ground as written</source>
        <translation>书面写明的理由</translation>
    </message>
    <message>
        <source>Was the union told?</source>
        <translation>是否通知了工会？</translation>
    </message>
    <message>
        <source>If you know.</source>
        <translation>如果知道的话。</translation>
    </message>
    <message>
        <source>How many people affected</source>
        <translation>涉及多少人</translation>
    </message>
    <message>
        <source>A number, if known.</source>
        <translation>知道的话填数字。</translation>
    </message>
    <message>
        <source>What it claims</source>
        <translation>主张了哪些请求</translation>
    </message>
    <message>
        <source>Tick the claims it names; only their deadlines restart.</source>
        <translation>勾选其中写明的请求；只有这些请求的时效重新计算。</translation>
    </message>
    <message>
        <source>Reason you gave</source>
        <translation>你给出的理由</translation>
    </message>
    <message>
        <source>Amount ordered paid (yuan)</source>
        <translation>责令支付的金额（元）</translation>
    </message>
    <message>
        <source>As written in the order (限期整改指令书 or similar).</source>
        <translation>按文书上写的（限期整改指令书等）。</translation>
    </message>
    <message>
        <source>To be paid by</source>
        <translation>限期支付至</translation>
    </message>
    <message>
        <source>The date in the order, year-month-day.</source>
        <translation>文书上写的期限，年-月-日。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Write a whole number, e.g. 12.</source>
        <translation>请填整数，例如 12。</translation>
    </message>
    <message>
        <source>Tick at least one claim the demand makes.</source>
        <translation>请至少勾选一项主张。</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>Record what happened</source>
        <translation>记录一件事</translation>
    </message>
    <message>
        <source>More fields</source>
        <translation>更多项</translation>
    </message>
    <message>
        <source>Evidence it rests on</source>
        <translation>相关证据</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>不保存，关闭（Esc）</translation>
    </message>
    <message>
        <source>It carries the company&apos;s stamp (盖章)</source>
        <translation>盖有公司公章</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Pick the closest; &quot;Other&quot; is fine.</source>
        <translation>选最接近的一项；都不像就选“其他”。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Year-month-day.</source>
        <translation>年-月-日。</translation>
    </message>
    <message>
        <source>Time (optional)</source>
        <translation>时间（可不填）</translation>
    </message>
    <message>
        <source>Hours:minutes.</source>
        <translation>时:分。</translation>
    </message>
    <message>
        <source>Who (optional)</source>
        <translation>是谁（可不填）</translation>
    </message>
    <message>
        <source>A name or a role, e.g. &quot;Manager Wang&quot;; pick one you recorded before.</source>
        <translation>姓名或职务，例如“王经理”；以前记过的可以直接选。</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Where it was said or sent.</source>
        <translation>在哪里说的或发的。</translation>
    </message>
    <message>
        <source>Written or oral</source>
        <translation>书面还是口头</translation>
    </message>
    <message>
        <source>Written notices carry more weight; keep them.</source>
        <translation>书面通知更有证明力，要保存好。</translation>
    </message>
    <message>
        <source>What happened, in your words</source>
        <translation>用你自己的话写下经过</translation>
    </message>
    <message>
        <source>Facts: who, what, where. Feelings can wait.</source>
        <translation>写事实：谁、做了什么、在哪里。感受可以以后再说。</translation>
    </message>
    <message>
        <source>Exact words (optional)</source>
        <translation>原话（可不填）</translation>
    </message>
    <message>
        <source>What they said or wrote, word for word, as far as you remember.</source>
        <translation>对方说的或写的原话，尽量一字不差。</translation>
    </message>
    <message>
        <source>You learned of it on</source>
        <translation>你得知的日期</translation>
    </message>
    <message>
        <source>If later than the date.</source>
        <translation>如果比发生日期晚。</translation>
    </message>
    <message>
        <source>On whose side</source>
        <translation>代表哪一方</translation>
    </message>
    <message>
        <source>Employer, client or agency.</source>
        <translation>用人单位、用工单位或派遣公司。</translation>
    </message>
    <message>
        <source>Change this record</source>
        <translation>修改这条记录</translation>
    </message>
    <message>
        <source>You cannot learn of it before it happened.</source>
        <translation>得知日期不能早于发生日期。</translation>
    </message>
    <message>
        <source>“%1” will be added as a new person: say on whose side they are.</source>
        <translation>“%1”会作为新人员记下：请在“代表哪一方”里选一项。</translation>
    </message>
    <message>
        <source>Nothing was saved: check the fields marked above.</source>
        <translation>没有保存：请检查上面标出的栏目。</translation>
    </message>
    <message>
        <source>A date after today</source>
        <translation>日期晚于今天</translation>
    </message>
    <message>
        <source>This is dated %1, after today (%2). Save it with this date?</source>
        <translation>这条记录的日期是 %1，晚于今天（%2）。按这个日期保存吗？</translation>
    </message>
    <message>
        <source>Save with this date</source>
        <translation>按这个日期保存</translation>
    </message>
    <message>
        <source>Let me correct it</source>
        <translation>我改一下</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>or Ctrl+V to paste a screenshot</source>
        <translation>或按 Ctrl+V 粘贴截图</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Write the time as hours:minutes, e.g. 14:30.</source>
        <translation>请按 时:分 填写，例如 14:30。</translation>
    </message>
    <message>
        <source>Write a line about what happened.</source>
        <translation>请写一句发生了什么。</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Record what happened</source>
        <translation>记录一件事</translation>
    </message>
    <message>
        <source>What was said and done, in your words, with the exact words where you have them. Double-click one to change it.</source>
        <translation>发生过的事和说过的话，用你自己的话记下，能记原话就记原话。双击一条可以修改。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>经过</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Nothing recorded yet. When something happens, record it the same day.</source>
        <translation>还没有记录。有事发生时，当天就记下来。</translation>
    </message>
    <message>
        <source>Review this offer…</source>
        <translation>看看这份方案…</translation>
    </message>
    <message>
        <source>What the records support, and what signing this offer would give up</source>
        <translation>记录支持多少，签了这份方案会放弃什么</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>添加证据文件</translation>
    </message>
</context>
<context>
    <name>LastWorkPage</name>
    <message>
        <source>When did you last have real work?</source>
        <translation>你最后一次真正有活干是哪天？</translation>
    </message>
    <message>
        <source>The last day you were given actual tasks. An approximate day is fine.</source>
        <translation>最后一天被安排实际工作任务的日子。记不准的话，大概的日子也可以。</translation>
    </message>
    <message>
        <source>Year-month-day.</source>
        <translation>年-月-日。</translation>
    </message>
    <message>
        <source>Last day with real work</source>
        <translation>最后有活干的一天</translation>
    </message>
    <message>
        <source>Pick a day before today.</source>
        <translation>请选今天以前的日子。</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>Save the letter</source>
        <translation>保存书面材料</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Only copy</source>
        <translation>只复制</translation>
    </message>
    <message>
        <source>Save as a file…</source>
        <translation>另存为文件…</translation>
    </message>
    <message>
        <source>Copied. Paste it into the email or chat.</source>
        <translation>已复制。请粘贴到邮件或聊天里。</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已复制。</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>That passphrase does not match. Try again.</source>
        <translation>密码不对，请再试一次。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The sample case is not in this build.</source>
        <translation>这个版本没有附带示例案件。</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在打开…</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>保存状态</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>锁定（Ctrl+L）</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>App passphrase…</source>
        <translation>应用密码…</translation>
    </message>
    <message>
        <source>Neutral window title and icon</source>
        <translation>不显示案件名的窗口标题和图标</translation>
    </message>
    <message>
        <source>Language (from the next start)</source>
        <translation>语言（下次启动时生效）</translation>
    </message>
    <message>
        <source>Daily reminder and phone calendar…</source>
        <translation>每日提醒和手机日历…</translation>
    </message>
    <message>
        <source>Import a case file…</source>
        <translation>导入案件文件…</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>撤销上一次修改（Ctrl+Z）</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>新建案件…</translation>
    </message>
    <message>
        <source>Import a case file</source>
        <translation>导入案件文件</translation>
    </message>
    <message>
        <source>Case files (*.caseapp.zip *.zip *.json)</source>
        <translation>案件文件 (*.caseapp.zip *.zip *.json)</translation>
    </message>
    <message>
        <source>Add evidence files</source>
        <translation>添加证据文件</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>没有可以撤销的修改。</translation>
    </message>
    <message>
        <source>Nothing to paste: copy a screenshot or some text first.</source>
        <translation>剪贴板是空的：请先复制一张截图或一段文字。</translation>
    </message>
    <message>
        <source>Saved ✓ %1</source>
        <translation>已保存 ✓ %1</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <source>caseapp — my case file</source>
        <translation>caseapp — 我的案件记录</translation>
    </message>
    <message>
        <source>The language changes the next time the app starts.</source>
        <translation>语言将在下次启动应用时切换。</translation>
    </message>
    <message>
        <source>Your case file is encrypted: the lock asks for its passphrase. Change it in Case settings.</source>
        <translation>你的案件记录已加密：锁定后要用加密密码解锁。要修改密码，请到“案件设置”。</translation>
    </message>
    <message>
        <source>Passphrase set.</source>
        <translation>已设置应用密码。</translation>
    </message>
    <message>
        <source>Passphrase removed.</source>
        <translation>已取消应用密码。</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <source>Not logged</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n 件事</numerusform>
        </translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>日</translation>
    </message>
</context>
<context>
    <name>OfferReviewDialog</name>
    <message>
        <source>Review an exit offer</source>
        <translation>看清离职协议：签了会放弃什么</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>OfferReviewPanel</name>
    <message>
        <source>Review an exit offer</source>
        <translation>看清离职协议：签了会放弃什么</translation>
    </message>
    <message>
        <source>1. What they offered</source>
        <translation>1. 对方给的方案</translation>
    </message>
    <message>
        <source>2. What signing gives up</source>
        <translation>2. 签字会放弃什么</translation>
    </message>
    <message>
        <source>3. Counter-proposal</source>
        <translation>3. 书面反提议</translation>
    </message>
    <message>
        <source>Offered on</source>
        <translation>给出方案的日期</translation>
    </message>
    <message>
        <source>The day they gave you the offer.</source>
        <translation>公司把方案交给你的那一天。</translation>
    </message>
    <message>
        <source>Sum offered (yuan)</source>
        <translation>报价金额（元）</translation>
    </message>
    <message>
        <source>The total they will pay, as written on the paper.</source>
        <translation>协议上写的公司总共支付的金额。</translation>
    </message>
    <message>
        <source>Last working day</source>
        <translation>最后工作日</translation>
    </message>
    <message>
        <source>The day the paper says the job ends, if it says one.</source>
        <translation>协议上写的劳动关系结束的日子（如果写了）。</translation>
    </message>
    <message>
        <source>What the paper says besides the sum</source>
        <translation>除了金额，协议上还写了什么</translation>
    </message>
    <message>
        <source>Paste or type the agreement&apos;s text here.</source>
        <translation>把协议的文字粘贴或输入到这里。</translation>
    </message>
    <message>
        <source>The agreement&apos;s text</source>
        <translation>协议的文字</translation>
    </message>
    <message>
        <source>The agreement&apos;s text (optional)</source>
        <translation>协议的文字（可以不填）</translation>
    </message>
    <message>
        <source>Look for clauses in the text</source>
        <translation>在文字里找常见条款</translation>
    </message>
    <message>
        <source>Tick what was found</source>
        <translation>勾选找到的条款</translation>
    </message>
    <message>
        <source>Save the offer to my records</source>
        <translation>把这份方案记入我的记录</translation>
    </message>
    <message>
        <source>a sum of %1 yuan</source>
        <translation>金额 %1 元</translation>
    </message>
    <message>
        <source>Found in the text: %1. Check each against the paper before ticking.</source>
        <translation>在文字里找到：%1。勾选之前，逐一对照协议原文核对。</translation>
    </message>
    <message>
        <source>No usual clause wording found. Read the paper and tick what it says.</source>
        <translation>没有找到常见条款的措辞。请阅读协议，勾选上面写了的内容。</translation>
    </message>
    <message>
        <source>Saved under Incidents, dated %1.</source>
        <translation>已记入“事件”，日期 %1。</translation>
    </message>
    <message>
        <source>What is at stake</source>
        <translation>涉及多少钱</translation>
    </message>
    <message>
        <source>What signing would give up</source>
        <translation>签字会放弃什么</translation>
    </message>
    <message>
        <source>In the paper</source>
        <translation>协议内容</translation>
    </message>
    <message>
        <source>At stake (yuan)</source>
        <translation>涉及金额（元）</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>What your records support</source>
        <translation>你的记录支持的请求</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>firm</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>arguable</source>
        <translation>可争取</translation>
    </message>
    <message>
        <source>Firm, in all</source>
        <translation>确定部分合计</translation>
    </message>
    <message>
        <source>Arguable on top</source>
        <translation>另可争取</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>信的语言</translation>
    </message>
    <message>
        <source>Filled from your records and the offer. Read it, change anything that is not right, then send it in writing (work email or chat) and keep the sent copy. Sending it is not signing anything.</source>
        <translation>根据你的记录和对方的方案填好。读一遍，改掉不对的地方，再以书面方式发出（工作邮箱或工作群聊），保留发送记录。发出反提议不等于签署任何文件。</translation>
    </message>
    <message>
        <source>Counter-proposal text</source>
        <translation>反提议全文</translation>
    </message>
    <message>
        <source>Copy, and log that I sent it</source>
        <translation>复制，并记下我已发送</translation>
    </message>
    <message>
        <source>The records support no claim yet: there is nothing for it to demand.</source>
        <translation>记录还不支持任何请求：反提议没有可以主张的内容。</translation>
    </message>
    <message>
        <source>Copied, and logged under Incidents for %1 as a written demand. Send it today and keep the sent copy.</source>
        <translation>已复制，并在“事件”中记为 %1 的书面主张。今天就发出，并保留发送记录。</translation>
    </message>
</context>
<context>
    <name>OrganisationDetails</name>
    <message>
        <source>Not filled in</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>Legal representative (法定代表人)</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Head of a branch (负责人, for a 分公司)</source>
        <translation>负责人（分公司）</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <source>Yes, it has a union</source>
        <translation>有工会</translation>
    </message>
    <message>
        <source>No union</source>
        <translation>没有工会</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Registered address (住所)</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Address for papers (通讯地址)</source>
        <translation>通讯地址</translation>
    </message>
    <message>
        <source>City where it is located</source>
        <translation>所在城市</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人（负责人）</translation>
    </message>
    <message>
        <source>Their title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Trade union</source>
        <translation>工会</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>18 characters, on the contract, a payslip or the business licence; or search the name in 国家企业信用信息公示系统 (www.gsxt.gov.cn).</source>
        <translation>18位，劳动合同、工资条或营业执照上有；也可以在「国家企业信用信息公示系统」（www.gsxt.gov.cn）按公司名称查。</translation>
    </message>
    <message>
        <source>As on the business licence or in the publicity system.</source>
        <translation>按营业执照或公示系统上写的。</translation>
    </message>
    <message>
        <source>Where papers reach the company, e.g. the office you reported to.</source>
        <translation>文书能送到公司的地址，例如你上班的办公地点。</translation>
    </message>
    <message>
        <source>You may apply where the company is located or where you work.</source>
        <translation>可以向公司所在地或你干活的地方的仲裁委申请。</translation>
    </message>
    <message>
        <source>The 法定代表人 named in the publicity system; for a branch, its 负责人.</source>
        <translation>公示系统上写的法定代表人；分公司写负责人。</translation>
    </message>
    <message>
        <source>A branch (分公司) has a 负责人 instead of a legal representative.</source>
        <translation>分公司没有法定代表人，写负责人。</translation>
    </message>
    <message>
        <source>The company&apos;s switchboard or HR number.</source>
        <translation>公司总机或人事的电话。</translation>
    </message>
    <message>
        <source>Whether the company has a trade union (工会); leave it if you are not sure.</source>
        <translation>公司有没有工会；不清楚就不用选。</translation>
    </message>
</context>
<context>
    <name>ParagraphRow</name>
    <message>
        <source>Leave out</source>
        <translation>不写入</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Include, in my words</source>
        <translation>写入，用我自己的话</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>改写</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>删去</translation>
    </message>
    <message>
        <source>The paragraph in your words</source>
        <translation>用你自己的话写这一段</translation>
    </message>
    <message>
        <source>The record changed after you chose “%1”. Look at it again: your earlier choice is not used.</source>
        <translation>你选了“%1”之后，这条记录改过了。请重新看一遍：之前的选择暂不采用。</translation>
    </message>
    <message>
        <source>The record changed after you dropped this paragraph. It stays out until you choose again.</source>
        <translation>你删去这一段之后，这条记录改过了。在你重新选择之前，它仍不写入。</translation>
    </message>
</context>
<context>
    <name>PartyDetails</name>
    <message>
        <source>This is not an 18-digit mainland ID number. If your document is from Hong Kong, Macau, Taiwan or abroad, that is fine; otherwise check it against your ID card.</source>
        <translation>这不是18位的居民身份证号。如果你用的是港澳台或外国的证件，没有关系；否则请对照身份证核对。</translation>
    </message>
    <message>
        <source>Digits 7 to 14 are not a date of birth. Check the number against your ID card.</source>
        <translation>第7到14位不是一个出生日期。请对照身份证核对号码。</translation>
    </message>
    <message>
        <source>The last character does not match the other 17: one of them may be mistyped. Check it against your ID card (documents from Hong Kong, Macau, Taiwan and abroad differ).</source>
        <translation>最后一位校验码和前17位对不上，可能有一位输错了。请对照身份证核对（港澳台和外国证件规则不同）。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters. Check it in the National Enterprise Credit Information Publicity System (国家企业信用信息公示系统).</source>
        <translation>统一社会信用代码是18位。请在「国家企业信用信息公示系统」上核对。</translation>
    </message>
    <message>
        <source>A credit code never uses the letters I, O, S, V or Z: an O may be a 0, an I a 1. Check it in the publicity system.</source>
        <translation>信用代码里没有字母 I、O、S、V、Z：O 可能是 0，I 可能是 1。请在公示系统上核对。</translation>
    </message>
    <message>
        <source>The last character does not match the other 17: one of them may be mistyped. Check it in the publicity system (国家企业信用信息公示系统).</source>
        <translation>最后一位校验码和前17位对不上，可能有一位输错了。请在「国家企业信用信息公示系统」上核对。</translation>
    </message>
    <message>
        <source>Details for an arbitration application (optional)</source>
        <translation>申请仲裁时需要的信息（可不填）</translation>
    </message>
    <message>
        <source>Not needed to start. An arbitration application asks for them; fill them in now or later in Case settings.</source>
        <translation>建案件用不到。申请仲裁时仲裁申请书要写这些；现在填或以后在「案件设置」里填都可以。</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>用人单位</translation>
    </message>
    <message>
        <source>Where you actually work</source>
        <translation>实际工作单位（用工单位）</translation>
    </message>
    <message>
        <source>Not filled in</source>
        <translation>未填</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Your ID number</source>
        <translation>你的身份证号</translation>
    </message>
    <message>
        <source>On your ID card (居民身份证), or the number of the document you use.</source>
        <translation>居民身份证上的号码；用其他证件的，写那个证件的号码。</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>你的电话</translation>
    </message>
    <message>
        <source>A number where the arbitration commission can reach you.</source>
        <translation>仲裁委能联系到你的号码。</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Proposed from an 18-digit ID number; check it.</source>
        <translation>按18位身份证号带出，请核对。</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Year-month-day; proposed from an 18-digit ID number.</source>
        <translation>年-月-日；按18位身份证号带出。</translation>
    </message>
    <message>
        <source>Your address (住所)</source>
        <translation>你的住所</translation>
    </message>
    <message>
        <source>As on your ID card (户籍地), or where you have lived for a year or more.</source>
        <translation>身份证上的地址（户籍地），或你连续住了一年以上的地方。</translation>
    </message>
    <message>
        <source>Address for papers (通讯地址)</source>
        <translation>通讯地址</translation>
    </message>
    <message>
        <source>Where the commission&apos;s papers reach you: where you can sign for post now.</source>
        <translation>仲裁委寄文书到这里：写你现在能签收快递的地址。</translation>
    </message>
    <message>
        <source>A full-time student while doing this work?</source>
        <translation>做这份工作时是全日制在校学生吗？</translation>
    </message>
    <message>
        <source>A student&apos;s spare-time work is not employment (劳部发〔1995〕309号).</source>
        <translation>在校生利用业余时间勤工助学不视为就业（劳部发〔1995〕309号）。</translation>
    </message>
    <message>
        <source>Drawing a basic pension?</source>
        <translation>已经领取基本养老金了吗？</translation>
    </message>
    <message>
        <source>Work while drawing a pension is a service relationship (法释〔2020〕26号).</source>
        <translation>已领取养老金的人员用工按劳务关系处理（法释〔2020〕26号）。</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你的信息</translation>
    </message>
    <message>
        <source>Gender and date of birth were filled in from the ID number: check them.</source>
        <translation>已按身份证号填入性别和出生日期，请核对。</translation>
    </message>
    <message>
        <source>The ID number gives %1; what you entered differs. Check which is right.</source>
        <translation>身份证号显示的是 %1，和你填的不一样。请核对哪个对。</translation>
    </message>
    <message>
        <source>A date of birth lies between 1900 and today.</source>
        <translation>出生日期应在1900年到今天之间。</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>App passphrase</source>
        <translation>应用密码</translation>
    </message>
    <message>
        <source>This passphrase only hides the window. It does not encrypt your case: anyone who can open the files on this computer (or a backup of them) can read everything. To encrypt the case file, turn on encryption in Case settings. Only a salted hash of this passphrase is kept; if you forget it, the app cannot show it to you. Leave both empty to remove it.</source>
        <translation>这个密码只是把窗口遮住，并不会加密你的案件：能打开这台电脑上这些文件（或它们的备份）的人仍然能读到全部内容。要加密案件记录，请在“案件设置”里开启加密。应用只保存这个密码加盐后的哈希值；忘了密码，应用也无法告诉你。两栏都留空即可取消密码。</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>再输一次新密码</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>两次输入的不一样。</translation>
    </message>
</context>
<context>
    <name>PassphrasesDialog</name>
    <message>
        <source>Current passphrase</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>再输一次新密码</translation>
    </message>
    <message>
        <source>Use at least %1 characters.</source>
        <translation>至少要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>两次输入的不一样。</translation>
    </message>
    <message>
        <source>Tick the box first: it is the one thing to know.</source>
        <translation>请先勾选这一项：这是唯一必须知道的事。</translation>
    </message>
</context>
<context>
    <name>Pay</name>
    <message>
        <source>Wage</source>
        <translation>工资</translation>
    </message>
    <message>
        <source>Standby pay / living allowance</source>
        <translation>待岗工资 / 生活费</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>Overtime pay</source>
        <translation>加班费</translation>
    </message>
    <message>
        <source>Allowance</source>
        <translation>津贴补贴</translation>
    </message>
    <message>
        <source>Severance</source>
        <translation>经济补偿</translation>
    </message>
    <message>
        <source>Pay in lieu of notice</source>
        <translation>代通知金</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Employer (the contract company)</source>
        <translation>用人单位（签合同的公司）</translation>
    </message>
    <message>
        <source>Client (where I work)</source>
        <translation>用工单位（我干活的地方）</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>派遣公司</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我自己</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>政府部门</translation>
    </message>
    <message>
        <source>Paid in full</source>
        <translation>足额缴纳</translation>
    </message>
    <message>
        <source>Partly paid</source>
        <translation>部分缴纳</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>未缴纳</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>到账日期</translation>
    </message>
    <message>
        <source>For</source>
        <translation>所属期间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>应发</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>实发</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不清楚</translation>
    </message>
</context>
<context>
    <name>PayChart</name>
    <message>
        <source>Pay received each month</source>
        <translation>每月实际收到的工资</translation>
    </message>
    <message>
        <source>%1 months shown; %2 months below the hourly minimum wage.</source>
        <translation>共显示 %1 个月；其中 %2 个月低于小时最低工资。</translation>
    </message>
    <message>
        <source>%1 months shown; %2 months below the contract wage.</source>
        <translation>共显示 %1 个月；其中 %2 个月低于合同工资。</translation>
    </message>
    <message>
        <source>No hours logged yet. Log your hours on Today.</source>
        <translation>还没有记录工时。请在“今日”记录每天的工时。</translation>
    </message>
    <message>
        <source>No pay recorded yet. Add what reached your bank account.</source>
        <translation>还没有记录工资。请把到账的金额加进来。</translation>
    </message>
    <message>
        <source>Received (gross where known)</source>
        <translation>已收到（有应发数时按应发）</translation>
    </message>
    <message>
        <source>Only the net known</source>
        <translation>只知道实发</translation>
    </message>
    <message>
        <source>Contract wage</source>
        <translation>合同工资</translation>
    </message>
    <message>
        <source>Local minimum wage</source>
        <translation>当地最低工资</translation>
    </message>
    <message>
        <source>Pay per hour (gross where known)</source>
        <translation>每小时报酬（尽量按应发）</translation>
    </message>
    <message>
        <source>Agreed hourly wage</source>
        <translation>约定小时工资</translation>
    </message>
    <message>
        <source>Local hourly minimum wage</source>
        <translation>当地小时最低工资</translation>
    </message>
</context>
<context>
    <name>PayPage</name>
    <message>
        <source>What were you paid each month?</source>
        <translation>每个月实际拿到多少工资？</translation>
    </message>
    <message>
        <source>Write what reached you each month, from the bank app; write 0 for a month with nothing paid. A month left empty records nothing.</source>
        <translation>按银行 App 写下每个月实际到账的金额；没发钱的月份写 0。空着的月份不会记录任何内容。</translation>
    </message>
    <message>
        <source>These are what reached my account (net, bank app)</source>
        <translation>这些是到账金额（实发，来自银行 App）</translation>
    </message>
    <message>
        <source>These are the payslip&apos;s gross amounts</source>
        <translation>这些是工资条上的应发金额</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>款项类型</translation>
    </message>
    <message>
        <source>Pay by month</source>
        <translation>每月工资</translation>
    </message>
    <message>
        <source>Fill in the contract wage</source>
        <translation>按合同工资填入</translation>
    </message>
    <message>
        <source>Only if the contract wage is really what reached you: empty months only.</source>
        <translation>只有当到账的确实是合同工资时才用：只填空着的月份。</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>— not said —</source>
        <translation>— 未说明 —</translation>
    </message>
    <message>
        <source>Already recorded under Pay.</source>
        <translation>已在“工资”里记录。</translation>
    </message>
</context>
<context>
    <name>PayView</name>
    <message>
        <source>Pay</source>
        <translation>工资</translation>
    </message>
    <message>
        <source>Add pay received</source>
        <translation>添加收到的工资</translation>
    </message>
    <message>
        <source>Rebuild past months…</source>
        <translation>补记以前的月份…</translation>
    </message>
    <message>
        <source>Started logging late? Rebuild the days and pay since your last real work.</source>
        <translation>开始记录得晚？把最后有活干以来的日子和工资补上。</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>收款记录</translation>
    </message>
    <message>
        <source>Double-click a payment to change it. Ctrl+Z undoes the last change.</source>
        <translation>双击一条记录可以修改。Ctrl+Z 撤销上一次修改。</translation>
    </message>
    <message>
        <source>Social insurance months</source>
        <translation>社保缴纳月份</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Social insurance paid?</source>
        <translation>社保交了吗？</translation>
    </message>
    <message>
        <source>Record this month</source>
        <translation>记录这个月</translation>
    </message>
    <message>
        <source>Check it in the 社保 (social insurance) app&apos;s contribution record.</source>
        <translation>可以在社保 App 的缴费记录里查到。</translation>
    </message>
    <message>
        <source>%1 payments recorded.</source>
        <translation>已记录 %1 笔收款。</translation>
    </message>
    <message>
        <source>%1 of the months shown paid less per hour than the agreed hourly wage.</source>
        <translation>显示的月份中有 %1 个月每小时报酬低于约定的小时工资。</translation>
    </message>
    <message>
        <source>%1 of the months shown received less than the contract wage.</source>
        <translation>显示的月份中有 %1 个月收到的少于合同工资。</translation>
    </message>
    <message>
        <source>The minimum-wage line is not shown: the law data did not load.</source>
        <translation>没有显示最低工资线：法规数据没有加载成功。</translation>
    </message>
    <message>
        <source>Write the month as year-month, e.g. 2025-03.</source>
        <translation>请按 年-月 填写，例如 2025-03。</translation>
    </message>
    <message>
        <source>Choose whether it was paid, as the app shows it.</source>
        <translation>请按社保 App 上的显示，选择是否缴纳。</translation>
    </message>
</context>
<context>
    <name>PaymentForm</name>
    <message>
        <source>Add pay received</source>
        <translation>添加收到的工资</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Only what reached my account (bank app)</source>
        <translation>只知道到账金额（银行 App）</translation>
    </message>
    <message>
        <source>The payslip: gross and deductions</source>
        <translation>工资条：应发和扣款</translation>
    </message>
    <message>
        <source>— not said —</source>
        <translation>— 未说明 —</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>到账日期</translation>
    </message>
    <message>
        <source>The day it reached you.</source>
        <translation>钱到账的那天。</translation>
    </message>
    <message>
        <source>For the period from</source>
        <translation>所属期间，从</translation>
    </message>
    <message>
        <source>Year-month-day.</source>
        <translation>年-月-日。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <source>Usually the month before payday.</source>
        <translation>通常是发薪日的上一个月。</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>款项类型</translation>
    </message>
    <message>
        <source>As the payslip or bank calls it.</source>
        <translation>按工资条或银行上的叫法。</translation>
    </message>
    <message>
        <source>Net received</source>
        <translation>实发到账</translation>
    </message>
    <message>
        <source>The amount on the bank app, after social insurance and tax.</source>
        <translation>银行 App 上的到账金额，已扣社保和个税。</translation>
    </message>
    <message>
        <source>Gross (before deductions)</source>
        <translation>应发（扣款前）</translation>
    </message>
    <message>
        <source>应发 on the payslip.</source>
        <translation>工资条上的“应发”。</translation>
    </message>
    <message>
        <source>Your social insurance</source>
        <translation>个人社保</translation>
    </message>
    <message>
        <source>Optional.</source>
        <translation>可不填。</translation>
    </message>
    <message>
        <source>Your housing fund</source>
        <translation>个人公积金</translation>
    </message>
    <message>
        <source>Income tax</source>
        <translation>个人所得税</translation>
    </message>
    <message>
        <source>Other deductions</source>
        <translation>其他扣款</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>付款方</translation>
    </message>
    <message>
        <source>Payer&apos;s name (optional)</source>
        <translation>付款方名称（可不填）</translation>
    </message>
    <message>
        <source>The name on the bank record, if shown.</source>
        <translation>银行记录上显示的名称（如有）。</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>备注（可不填）</translation>
    </message>
    <message>
        <source>A payment dated after today</source>
        <translation>付款日期晚于今天</translation>
    </message>
    <message>
        <source>This payment is dated %1, after today (%2). Save it with this date?</source>
        <translation>这笔款项的日期是 %1，晚于今天（%2）。按这个日期保存吗？</translation>
    </message>
    <message>
        <source>Save with this date</source>
        <translation>按这个日期保存</translation>
    </message>
    <message>
        <source>Let me correct it</source>
        <translation>我改一下</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Batches this pays for</source>
        <translation>这笔款项对应的批次</translation>
    </message>
    <message>
        <source>Piece work: tick the batches this payout covers.</source>
        <translation>计件工作：勾选这笔款项结算的批次。</translation>
    </message>
    <message>
        <source>Net received (optional)</source>
        <translation>实发到账（可不填）</translation>
    </message>
    <message>
        <source>Change this payment</source>
        <translation>修改这笔收款</translation>
    </message>
    <message>
        <source>Choose what it is, as the payslip or bank calls it.</source>
        <translation>请按工资条或银行上的叫法，选择款项类型。</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>期间的结束早于开始，请检查。</translation>
    </message>
    <message>
        <source>The deductions add up to more than the gross.</source>
        <translation>扣款合计超过了应发，请检查。</translation>
    </message>
    <message>
        <source>The net cannot be more than the gross.</source>
        <translation>实发不能多于应发，请检查。</translation>
    </message>
    <message>
        <source>Write what arrived; for a month with nothing paid, add nothing.</source>
        <translation>只记实际到账的；某个月什么都没收到，就不用添加。</translation>
    </message>
    <message>
        <source>Nothing was saved: check the fields marked above.</source>
        <translation>没有保存：请检查上面标出的栏目。</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Who said or did what: name them once, pick them in every record.</source>
        <translation>谁说了什么、做了什么：在这里记一次，每条记录里都能选。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>代表哪一方</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>In records</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>添加一个人</translation>
    </message>
    <message>
        <source>Or how you call them: &quot;Manager Wang&quot;.</source>
        <translation>或者你平时怎么称呼，例如“王经理”。</translation>
    </message>
    <message>
        <source>Acts for</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>The side they speak for.</source>
        <translation>他/她代表哪一方说话。</translation>
    </message>
    <message>
        <source>Role (optional)</source>
        <translation>职务（可不填）</translation>
    </message>
    <message>
        <source>e.g. project manager, HR.</source>
        <translation>例如：项目经理、人事。</translation>
    </message>
    <message>
        <source>Accounts (optional)</source>
        <translation>账号（可不填）</translation>
    </message>
    <message>
        <source>WeChat or DingTalk IDs, comma-separated.</source>
        <translation>微信或钉钉号，用逗号隔开。</translation>
    </message>
    <message>
        <source>Change this person</source>
        <translation>修改这个人</translation>
    </message>
    <message>
        <source>Credit code, for a company (optional)</source>
        <translation>统一社会信用代码（单位才有，可不填）</translation>
    </message>
    <message>
        <source>18 characters; search the name in 国家企业信用信息公示系统.</source>
        <translation>18 位；可在国家企业信用信息公示系统按名称查到。</translation>
    </message>
    <message>
        <source>Address (optional)</source>
        <translation>地址（可不填）</translation>
    </message>
    <message>
        <source>Where papers reach them, if the application names them.</source>
        <translation>申请书列他们为当事人时，文书能送达的地址。</translation>
    </message>
    <message>
        <source>Write a name or a role.</source>
        <translation>请填写姓名或职务。</translation>
    </message>
</context>
<context>
    <name>RangesPage</name>
    <message>
        <source>Since then, were you told to stay home, sit in, or check in?</source>
        <translation>从那以后，公司是让你在家待着、到公司坐着，还是要打卡待命？</translation>
    </message>
    <message>
        <source>One row per stretch of days. Weekends and holidays are filled in as rest days.</source>
        <translation>每一段时间填一行。周末和节假日会自动记为休息日。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>What it was</source>
        <translation>当时的情况</translation>
    </message>
    <message>
        <source>Stretches of days</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Add a stretch</source>
        <translation>加一段</translation>
    </message>
    <message>
        <source>Remove the selected stretch</source>
        <translation>删除选中的一段</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>Row %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <source>the stretch ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>the stretch cannot end after today.</source>
        <translation>结束日期不能晚于今天。</translation>
    </message>
    <message>
        <source>choose what it was, or remove the row.</source>
        <translation>请选择这段时间是什么情况，或者删掉这一行。</translation>
    </message>
</context>
<context>
    <name>ReconstructWizard</name>
    <message>
        <source>Rebuild the months before you started logging</source>
        <translation>补记开始记录以前的月份</translation>
    </message>
    <message>
        <source>Reconstruction wizard: net amounts from the bank app</source>
        <translation>补记向导：实发金额，来自银行 App</translation>
    </message>
    <message>
        <source>Reconstruction wizard: gross amounts from payslips</source>
        <translation>补记向导：应发金额，来自工资条</translation>
    </message>
    <message>
        <source>Reconstruction wizard: from memory</source>
        <translation>补记向导：根据本人回忆</translation>
    </message>
    <message>
        <source>Reconstruction wizard: as the worker remembers it</source>
        <translation>补记向导：本人回忆的内容</translation>
    </message>
    <message>
        <source>Reconstruction wizard: listed as already kept</source>
        <translation>补记向导：本人列出的已有材料</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete the selected record (Del); Ctrl+Z undoes it</source>
        <translation>删除选中的记录（Del 键）；按 Ctrl+Z 可以撤销</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>变更历史…</translation>
    </message>
    <message>
        <source>Every change to the selected record, with undo</source>
        <translation>选中记录的每一次修改，可撤销</translation>
    </message>
    <message>
        <source>Delete this record?</source>
        <translation>删除这条记录？</translation>
    </message>
    <message>
        <source>Delete the selected record? Ctrl+Z brings it back.</source>
        <translation>要删除选中的这条记录吗？按 Ctrl+Z 可以恢复。</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Case details</source>
        <translation>案件信息</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>%1 这一天</translation>
    </message>
    <message>
        <source>Social insurance %1</source>
        <translation>%1 的社保</translation>
    </message>
    <message>
        <source>Pay received %1</source>
        <translation>%1 到账的工资</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>证据：%1</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>任务：%1</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>你的恢复密钥</translation>
    </message>
    <message>
        <source>Write this key on paper, or print it, and keep it away from this computer. If you forget your passphrase, this key opens your case. Without the passphrase or this key your case is lost: nobody can open it, not us, not a repair shop, not you.</source>
        <translation>请把这把密钥抄在纸上或打印出来，放在电脑以外的地方。忘了密码时，用它可以打开案件。没有密码也没有这把密钥，案件就再也打不开了：我们打不开，维修店打不开，你自己也打不开。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Save to a file to print…</source>
        <translation>存成文件以便打印…</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>我已经抄好了</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>保存恢复密钥</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <source>caseapp recovery key. Print this page, keep the paper somewhere safe, and delete this file.</source>
        <translation>caseapp 恢复密钥。请打印这一页，把纸放在安全的地方，然后删除这个文件。</translation>
    </message>
</context>
<context>
    <name>ReminderOffer</name>
    <message>
        <source>You have been logging for a week. Want a reminder every evening, and the deadlines in your phone&apos;s calendar?</source>
        <translation>你已经记录一周了。要不要每天晚上提醒你记录，并把仲裁期限放进手机日历？</translation>
    </message>
    <message>
        <source>Set up the reminder…</source>
        <translation>设置提醒…</translation>
    </message>
    <message>
        <source>No, thanks</source>
        <translation>不用了</translation>
    </message>
</context>
<context>
    <name>RemindersPanel</name>
    <message>
        <source>Remind me every day while caseapp is open</source>
        <translation>caseapp 打开时，每天提醒我记录</translation>
    </message>
    <message>
        <source>At</source>
        <translation>提醒时间</translation>
    </message>
    <message>
        <source>Hours:minutes. Only if the day is not logged yet.</source>
        <translation>时:分。只有当天还没记录时才提醒。</translation>
    </message>
    <message>
        <source>Also start caseapp when I log in, so the reminder comes every day</source>
        <translation>登录电脑时自动打开 caseapp，这样每天都能收到提醒</translation>
    </message>
    <message>
        <source>Save the reminder</source>
        <translation>保存提醒设置</translation>
    </message>
    <message>
        <source>Your phone&apos;s calendar</source>
        <translation>手机日历</translation>
    </message>
    <message>
        <source>A calendar file with a daily &quot;log today&quot; reminder at the time above, every arbitration deadline from the risk notes (alarms a month and a week before) and the dates of the road to the money (alarms a week and two days before). Open it on the phone to add it.</source>
        <translation>一个日历文件：每天在上面的时间提醒“记录今天”，风险提示里每个仲裁时限（提前一个月和一周提醒），以及“拿回钱的路”上的各个日期（提前一周和两天提醒）。在手机上打开即可添加。</translation>
    </message>
    <message>
        <source>Save the calendar file (.ics)…</source>
        <translation>保存日历文件（.ics）…</translation>
    </message>
    <message>
        <source>Write the time as hours:minutes, e.g. 20:30.</source>
        <translation>请按“时:分”填写时间，例如 20:30。</translation>
    </message>
    <message>
        <source>Reminder on, every day at %1.</source>
        <translation>已开启提醒：每天 %1。</translation>
    </message>
    <message>
        <source>Reminder off.</source>
        <translation>已关闭提醒。</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>保存日历文件</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Saved %1 with the daily reminder and %2 deadlines.</source>
        <translation>已保存 %1：包含每日提醒和 %2 个时限。</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>Packing the case file…</source>
        <translation>正在打包案件文件…</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消，没有写入任何文件。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The Word copy could not be written: %1</source>
        <translation>Word 版没能写入：%1</translation>
    </message>
    <message>
        <source>The Word copy could not be written.</source>
        <translation>Word 版没能写入。请检查保存位置是否可写、磁盘空间是否够用，然后再试。</translation>
    </message>
    <message>
        <source>The paragraphs could not be drafted: %1</source>
        <translation>没能起草事实与理由：%1</translation>
    </message>
    <message>
        <source>The paragraphs could not be drafted.</source>
        <translation>没能起草事实与理由。</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>PDF 没能写入：%1</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>PDF 没能写入。请检查保存位置是否可写、磁盘空间是否够用，然后再试。</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>A consultation brief to take to a lawyer or legal aid, and a filing pack for the arbitration commission: your records, what they show, and the evidence list. The PDFs stay on this computer until you share them.</source>
        <translation>一份带去找律师或法律援助的咨询摘要，一份交给仲裁委的立案材料：你的记录、它们说明了什么、证据清单。PDF 只保存在这台电脑上，由你决定给谁。</translation>
    </message>
    <message>
        <source>Consultation brief (for a lawyer)</source>
        <translation>咨询摘要（给律师）</translation>
    </message>
    <message>
        <source>Filing pack (for the arbitration commission)</source>
        <translation>立案材料（给仲裁委）</translation>
    </message>
    <message>
        <source>Facts and reasons: your say…</source>
        <translation>事实与理由：逐段确认…</translation>
    </message>
    <message>
        <source>Keep, edit or drop each paragraph the application states, before the filing pack is made.</source>
        <translation>生成提交用材料之前，逐段决定申请书里的事实：保留、改写还是删去。</translation>
    </message>
    <message>
        <source>Both, in one PDF</source>
        <translation>两份合成一个 PDF</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Chinese for the commission.</source>
        <translation>交仲裁委请用中文。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>The chronology, calendar and pay chart start here.</source>
        <translation>时间线、日历和工资图表从这一天开始。</translation>
    </message>
    <message>
        <source>To (records up to)</source>
        <translation>截止日期（记录截至）</translation>
    </message>
    <message>
        <source>Findings and amounts are worked out as of this day.</source>
        <translation>风险提示和金额按这一天计算。</translation>
    </message>
    <message>
        <source>Hide ID number, phone and account numbers</source>
        <translation>隐藏身份证号、电话和账号</translation>
    </message>
    <message>
        <source>For sharing with someone who does not need them.</source>
        <translation>给不需要这些信息的人看时使用。</translation>
    </message>
    <message>
        <source>Open the PDF when it is ready</source>
        <translation>生成后打开 PDF</translation>
    </message>
    <message>
        <source>Make the PDF…</source>
        <translation>生成 PDF…</translation>
    </message>
    <message>
        <source>Word copy (editable)…</source>
        <translation>Word 版（可编辑）…</translation>
    </message>
    <message>
        <source>The arbitration application and the evidence list as a Word document, for a lawyer to finish. The PDF stays the copy to file.</source>
        <translation>仲裁申请书和证据目录的 Word 文件，供律师修改完善。提交时仍以 PDF 为准。</translation>
    </message>
    <message>
        <source>Share with a lawyer…</source>
        <translation>发给律师…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Share with a lawyer writes one folder: both PDFs, the Word copy to edit, the case file with the original evidence, and a note on how to check that nothing was changed.</source>
        <translation>“发给律师”会生成一个文件夹：两份 PDF、可编辑的 Word 版、附原始证据的案件文件，以及一份说明如何核验内容未被改动的文字。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>报告状态</translation>
    </message>
    <message>
        <source>The day cannot be in the future.</source>
        <translation>日期不能晚于今天。</translation>
    </message>
    <message>
        <source>The period starts after its last day. Pick an earlier day.</source>
        <translation>起始日期晚于截止日期，请选一个更早的日子。</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>保存 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the Word copy</source>
        <translation>保存 Word 版</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <source>Where to put the folder</source>
        <translation>文件夹放在哪里</translation>
    </message>
    <message>
        <source>arbitration-application-and-evidence-list-editable.docx</source>
        <translation>仲裁申请书与证据目录（可编辑）.docx</translation>
    </message>
    <message>
        <source>brief.pdf</source>
        <translation>咨询摘要.pdf</translation>
    </message>
    <message>
        <source>filing-pack.pdf</source>
        <translation>立案材料.pdf</translation>
    </message>
    <message>
        <source>Writing how-to-verify…</source>
        <translation>正在写入核验说明…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>Folder written: %1 (%2). Copy it to a USB stick or send it as you choose.</source>
        <translation>文件夹已生成：%1（%2）。可以拷到 U 盘，或按你的方式发送。</translation>
    </message>
    <message>
        <source>Folder written: %1 (%2), with both PDFs and the case file but without the Word copy%3. Copy it to a USB stick or send it as you choose.</source>
        <translation>文件夹已生成：%1（%2），两份 PDF 和案件文件都在，但没有 Word 版%3。可以拷到 U 盘，或按你的方式发送。</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>RoadView</name>
    <message>
        <source>Steps on the road to the money</source>
        <translation>拿回钱的路上的各个步骤</translation>
    </message>
    <message>
        <source>Did you receive the certificate of termination?</source>
        <translation>你拿到离职证明（解除或终止劳动合同证明）了吗？</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>还没有记录</translation>
    </message>
    <message>
        <source>Yes, I received it</source>
        <translation>拿到了</translation>
    </message>
    <message>
        <source>No, not received</source>
        <translation>没有拿到</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Certificate of termination</source>
        <translation>离职证明</translation>
    </message>
    <message>
        <source>Complaint letter text</source>
        <translation>投诉书内容</translation>
    </message>
    <message>
        <source>Day I handed in the complaint</source>
        <translation>我递交投诉的日期</translation>
    </message>
    <message>
        <source>Copy the letter</source>
        <translation>复制投诉书</translation>
    </message>
    <message>
        <source>I have complained — log it</source>
        <translation>我已投诉，记录下来</translation>
    </message>
    <message>
        <source>Handed in on</source>
        <translation>递交日期</translation>
    </message>
    <message>
        <source>Date of the order</source>
        <translation>决定作出日期</translation>
    </message>
    <message>
        <source>Date the employer must pay by</source>
        <translation>单位付款期限</translation>
    </message>
    <message>
        <source>Amount ordered (CNY)</source>
        <translation>责令支付金额（元）</translation>
    </message>
    <message>
        <source>Log the order</source>
        <translation>记录这份决定</translation>
    </message>
    <message>
        <source>Order of</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>pay by</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <source>Day I did this</source>
        <translation>我办理的日期</translation>
    </message>
    <message>
        <source>I did this — log it</source>
        <translation>我已办理，记录下来</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Day I received the award</source>
        <translation>收到裁决书的日期</translation>
    </message>
    <message>
        <source>What the award says about being final</source>
        <translation>裁决书是否写明终局</translation>
    </message>
    <message>
        <source>It does not say / I am not sure</source>
        <translation>没写 / 不确定</translation>
    </message>
    <message>
        <source>It says it is final</source>
        <translation>写明是终局裁决</translation>
    </message>
    <message>
        <source>It says it is not final</source>
        <translation>写明不是终局裁决</translation>
    </message>
    <message>
        <source>It gives a date to pay by</source>
        <translation>裁决写了付款期限</translation>
    </message>
    <message>
        <source>Date the award gives to pay by</source>
        <translation>裁决写的付款期限</translation>
    </message>
    <message>
        <source>Log the award</source>
        <translation>记录裁决</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Write the amount as a number, e.g. 6000.00.</source>
        <translation>请把金额写成数字，例如 6000.00。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Logged under Incidents for %1.</source>
        <translation>已记录在“事件”中，日期 %1。</translation>
    </message>
</context>
<context>
    <name>SaidPage</name>
    <message>
        <source>What was said, and by whom?</source>
        <translation>谁说了什么？</translation>
    </message>
    <message>
        <source>The notices and conversations you remember. Leave it empty if none.</source>
        <translation>你记得的通知和谈话。没有的话可以不填。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>说了什么</translation>
    </message>
    <message>
        <source>Add one</source>
        <translation>加一条</translation>
    </message>
    <message>
        <source>Row %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <source>write what was said, as you remember it.</source>
        <translation>请按你记得的写下对方说了什么。</translation>
    </message>
</context>
<context>
    <name>SignAdvice</name>
    <message>
        <source>They want me to sign / to leave</source>
        <translation>他们要我签字 / 让我离职</translation>
    </message>
    <message>
        <source>Do not sign on the spot. You may take the paper home and think it over.</source>
        <translation>不要当场签字。可以把文件带回去想一想。</translation>
    </message>
    <message>
        <source>Ask for a copy of anything you are given or have signed.</source>
        <translation>给你的、你签过的任何文件，都要一份复印件。</translation>
    </message>
    <message>
        <source>If you are forced to sign, write next to your signature &quot;本人不同意&quot; (I do not agree) or &quot;非本人意愿&quot; (not my own wish).</source>
        <translation>如果被迫签字，在签名旁写上“本人不同意”或“非本人意愿”。</translation>
    </message>
    <message>
        <source>Note who asked, when and where, and who else was there.</source>
        <translation>记下是谁要求的、什么时间、在哪里、还有谁在场。</translation>
    </message>
    <message>
        <source>Talk to a lawyer or to legal aid first: call 12348. Labour arbitration is free of charge.</source>
        <translation>先问律师或法律援助：拨打 12348。劳动仲裁不收费。</translation>
    </message>
    <message>
        <source>Log it now</source>
        <translation>现在就记下来</translation>
    </message>
    <message>
        <source>They offered an agreement: what would I give up?</source>
        <translation>公司给了协议：签了会放弃什么？</translation>
    </message>
    <message>
        <source>Resigning with cause (art. 38)</source>
        <translation>被迫解除劳动合同（第三十八条）</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SignCard</name>
    <message>
        <source>They want me to sign / to leave</source>
        <translation>他们要我签字 / 让我离职</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>现在该怎么办</translation>
    </message>
    <message>
        <source>They want me to sign / to leave: what to do now</source>
        <translation>他们要我签字 / 让我离职：现在该怎么办</translation>
    </message>
</context>
<context>
    <name>StatementReview</name>
    <message>
        <source>Facts and reasons: your say</source>
        <translation>事实与理由：逐段确认</translation>
    </message>
    <message>
        <source>What the application states counts as your own admission (Supreme People&apos;s Court, Provisions on Evidence in Civil Procedure, art. 3). Keep, edit in your own words, or drop each paragraph. Paragraphs the app leaves out for you are listed apart, with why; include one only after talking to a lawyer or legal aid (12348).</source>
        <translation>申请书里写的事实，算作你自己承认的事实（《最高人民法院关于民事诉讼证据的若干规定》第三条）。每一段都可以保留、用自己的话改写，或删去。本应用替你略去的内容单独列出，并说明原因；要写入其中任何一段，请先咨询律师或法律援助（12348）。</translation>
    </message>
    <message>
        <source>Drafting the paragraphs…</source>
        <translation>正在起草事实与理由…</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>确认状态</translation>
    </message>
    <message>
        <source>Save my choices</source>
        <translation>保存我的选择</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>In the application</source>
        <translation>写进申请书的</translation>
    </message>
    <message>
        <source>Left out by the app</source>
        <translation>本应用替你略去的</translation>
    </message>
    <message>
        <source>These records could count against you if the application stated them. They stay out unless you include them.</source>
        <translation>这些记录如果写进申请书，可能对你不利。除非你选择写入，它们不会出现在申请书里。</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) to keep, edit or drop.</source>
        <translation>
            <numerusform>共 %n 段，可保留、改写或删去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n choice(s) to look at again.</source>
        <translation>
            <numerusform>%n 项选择需要重新查看。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n choice(s) were about records since deleted; saving forgets them.</source>
        <translation>
            <numerusform>%n 项选择涉及的记录已删除；保存后不再保留。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TasksView</name>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Work you were actually given, and by whom. Weeks with nothing assigned matter too: they show the standby.</source>
        <translation>实际被安排的工作和安排人。没有安排任何工作的那些周同样重要：它们说明了待岗。</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>安排日期</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>By</source>
        <translation>安排人</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Add a task</source>
        <translation>添加任务</translation>
    </message>
    <message>
        <source>Year-month-day.</source>
        <translation>年-月-日。</translation>
    </message>
    <message>
        <source>What the task was</source>
        <translation>任务内容</translation>
    </message>
    <message>
        <source>In a few words.</source>
        <translation>简单几个字。</translation>
    </message>
    <message>
        <source>Assigned by (optional)</source>
        <translation>安排人（可不填）</translation>
    </message>
    <message>
        <source>A name or a role.</source>
        <translation>姓名或职务。</translation>
    </message>
    <message>
        <source>Project (optional)</source>
        <translation>项目（可不填）</translation>
    </message>
    <message>
        <source>Done on (optional)</source>
        <translation>完成日期（可不填）</translation>
    </message>
    <message>
        <source>Change this task</source>
        <translation>修改这项任务</translation>
    </message>
    <message>
        <source>It cannot be done before it was given.</source>
        <translation>完成日期不能早于安排日期。</translation>
    </message>
    <message>
        <source>Write what the task was.</source>
        <translation>请填写任务内容。</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>How was today?</source>
        <translation>今天的情况？</translation>
    </message>
    <message>
        <source>Same as yesterday</source>
        <translation>和昨天一样</translation>
    </message>
    <message>
        <source>Still benched all week</source>
        <translation>本周都待岗</translation>
    </message>
    <message>
        <source>Hours worked today:</source>
        <translation>今天工作了几小时：</translation>
    </message>
    <message>
        <source>Other, e.g. 3.5</source>
        <translation>其他，例如 3.5</translation>
    </message>
    <message>
        <source>Hours worked today</source>
        <translation>今天的工时</translation>
    </message>
    <message>
        <source>Note for today (optional): what you did, who said what</source>
        <translation>今天的备注（可不填）：做了什么、谁说了什么</translation>
    </message>
    <message>
        <source>Note for today</source>
        <translation>今天的备注</translation>
    </message>
    <message>
        <source>Did something happen today?</source>
        <translation>今天有事发生吗？</translation>
    </message>
    <message>
        <source>Record something that happened</source>
        <translation>记录一件事</translation>
    </message>
    <message>
        <source>Drop screenshots or files here, or press Ctrl+V to paste a screenshot</source>
        <translation>把截图或文件拖到这里，或按 Ctrl+V 粘贴截图</translation>
    </message>
    <message>
        <source>Tasks assigned today</source>
        <translation>今天安排的任务</translation>
    </message>
    <message>
        <source>A task you were given today, then Enter</source>
        <translation>今天给你安排的任务，写完按回车</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新任务</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Quantity of the batch</source>
        <translation>批次数量</translation>
    </message>
    <message>
        <source>Rate (yuan each)</source>
        <translation>单价（元/件）</translation>
    </message>
    <message>
        <source>Rate of the batch</source>
        <translation>批次单价</translation>
    </message>
    <message>
        <source>The selected batch was:</source>
        <translation>选中的批次：</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已验收通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>被驳回</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已结算</translation>
    </message>
    <message>
        <source>Reason given for the rejection (leave empty if none was given)</source>
        <translation>对方给出的驳回理由（没有说明理由就留空）</translation>
    </message>
    <message>
        <source>Reason for the rejection</source>
        <translation>驳回理由</translation>
    </message>
    <message>
        <source>Hours are a number from 0 to 24, e.g. 3.5</source>
        <translation>工时是 0 到 24 之间的数字，例如 3.5</translation>
    </message>
    <message>
        <source>Quantity and rate are numbers, e.g. 300 and 0.35 (yuan, two decimals)</source>
        <translation>数量和单价要填数字，例如 300 和 0.35（元，最多两位小数）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%2 %1 天</translation>
    </message>
    <message numerus="yes">
        <source>Filled in %n day(s), %1 to %2: </source>
        <translation>
            <numerusform>已补记 %n 天（%1 至 %2）：</numerusform>
        </translation>
    </message>
    <message>
        <source>. Marked as filled in afterwards.</source>
        <translation>。都标为事后补记。</translation>
    </message>
    <message>
        <source>Fill in the months before</source>
        <translation>补记之前的几个月</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Fill them in at once</source>
        <translation>一键补记</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Remove the days just filled in</source>
        <translation>删除刚才补记的日子</translation>
    </message>
    <message>
        <source>MMMM d, dddd</source>
        <translation>M月d日 dddd</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) not yet logged: </source>
        <translation>
            <numerusform>还有 %n 天没记录：</numerusform>
        </translation>
    </message>
    <message>
        <source>(as the last logged day: %1)</source>
        <translation>（按最后记录的一天：%1）</translation>
    </message>
    <message>
        <source>When were you first benched? Fill in the months before that first.</source>
        <translation>你是从什么时候开始被待岗的？ 先把之前的几个月补上</translation>
    </message>
    <message>
        <source>Months not logged yet? Rebuild them in a few minutes: when the bench began, the pay month by month, what was said.</source>
        <translation>之前几个月还没记录？几分钟就能补上：从什么时候开始待岗、每个月到账多少、谁说了什么。</translation>
    </message>
    <message>
        <source>Filled in at once as the last logged day (%1, %2)</source>
        <translation>一键补记，按最后记录的一天（%1，%2）</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Your case file is encrypted.</source>
        <translation>你的案件记录已加密。</translation>
    </message>
    <message>
        <source>Type your passphrase to open it. Without it nothing can be read.</source>
        <translation>请输入密码打开。没有密码，什么都读不出来。</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>I forgot it: use the recovery key instead</source>
        <translation>忘了密码：改用恢复密钥</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Recovery key (XXXXX-XXXXX-…)</source>
        <translation>恢复密钥（XXXXX-XXXXX-…）</translation>
    </message>
    <message>
        <source>That recovery key does not open it. Check each group and try again.</source>
        <translation>这把恢复密钥打不开。请逐组核对后再试。</translation>
    </message>
    <message>
        <source>That passphrase does not open it. Try again.</source>
        <translation>密码不对，打不开。请再试一次。</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <source>Risk notes</source>
        <translation>风险提示</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>工资</translation>
    </message>
    <message>
        <source>Letters and help</source>
        <translation>模板与求助</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Case settings</source>
        <translation>案件设置</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Keep a record of your case, day by day</source>
        <translation>一天一天，把事情记清楚</translation>
    </message>
    <message>
        <source>Log each day in one click, keep what was said and the screenshots, and see what it means under labour law. Everything stays on this computer.</source>
        <translation>每天点一下就记好当天的情况，保存对方说的话和截图，看看按劳动法意味着什么。所有资料只存在这台电脑上。</translation>
    </message>
    <message>
        <source>Create my case</source>
        <translation>建立我的案件</translation>
    </message>
    <message>
        <source>Open the sample case</source>
        <translation>打开示例案件</translation>
    </message>
    <message>
        <source>An outsourced test engineer sent home on standby, pay cut below the floor</source>
        <translation>外包测试工程师被安排待岗，待岗工资被降到最低标准以下</translation>
    </message>
    <message>
        <source>Open the platform-work sample</source>
        <translation>打开示例案件（平台兼职）</translation>
    </message>
    <message>
        <source>A part-time labeller paid by the batch through a guild: hours, rejected batches, pay per hour below the local minimum</source>
        <translation>通过公会做兼职标注、按批结算：工时记录、被驳回的批次、每小时报酬低于当地最低标准</translation>
    </message>
    <message>
        <source>Import a case file…</source>
        <translation>导入案件文件…</translation>
    </message>
    <message>
        <source>Keeping your evidence safe</source>
        <translation>保护好你的证据</translation>
    </message>
    <message>
        <source>Keep only what concerns your own employment.</source>
        <translation>只保存和你自己的劳动关系有关的资料。</translation>
    </message>
    <message>
        <source>Never edit the originals: keep a copy here and leave the original as it is.</source>
        <translation>不要修改原件：在这里存一份副本，原件保持原样。</translation>
    </message>
    <message>
        <source>Keep the phone and the chat history; do not delete the conversations.</source>
        <translation>保留手机和聊天记录，不要删除对话。</translation>
    </message>
    <message>
        <source>Do not install this on a company computer.</source>
        <translation>不要把本软件装在公司的电脑上。</translation>
    </message>
    <message>
        <source>Record only conversations you take part in.</source>
        <translation>只录你自己参与的谈话。</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Dispatched by an agency (劳务派遣)</source>
        <translation>劳务派遣</translation>
    </message>
    <message>
        <source>Outsourced to a client (外包)</source>
        <translation>外包</translation>
    </message>
    <message>
        <source>Employed directly</source>
        <translation>直接受雇</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>非全日制</translation>
    </message>
    <message>
        <source>Service agreement (劳务协议)</source>
        <translation>劳务协议</translation>
    </message>
    <message>
        <source>Platform work</source>
        <translation>平台用工</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>不清楚</translation>
    </message>
    <message>
        <source>Fixed term</source>
        <translation>固定期限</translation>
    </message>
    <message>
        <source>Open-ended (无固定期限)</source>
        <translation>无固定期限</translation>
    </message>
    <message>
        <source>Until a task is done</source>
        <translation>以完成一定工作任务为期限</translation>
    </message>
    <message>
        <source>No contract</source>
        <translation>没有合同</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>正常上班（有活干）</translation>
    </message>
    <message>
        <source>Benched at home</source>
        <translation>待岗在家</translation>
    </message>
    <message>
        <source>Benched, must sit in</source>
        <translation>待岗，但要到公司坐着</translation>
    </message>
    <message>
        <source>Benched, must check in</source>
        <translation>待岗，但要打卡或随叫随到</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Rest day / holiday</source>
        <translation>休息日 / 节假日</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Benched · sit in</source>
        <translation>待岗·要坐班</translation>
    </message>
    <message>
        <source>Benched · check in</source>
        <translation>待岗·要打卡</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>病假</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Removed from the project</source>
        <translation>被撤出项目</translation>
    </message>
    <message>
        <source>Told to stand by / back to the pool</source>
        <translation>被通知待岗 / 回池</translation>
    </message>
    <message>
        <source>Returned to the agency</source>
        <translation>被退回派遣公司</translation>
    </message>
    <message>
        <source>Agency offered a new post</source>
        <translation>派遣公司安排新岗位</translation>
    </message>
    <message>
        <source>Asked to resign</source>
        <translation>被劝离职</translation>
    </message>
    <message>
        <source>Asked to sign a resignation form</source>
        <translation>被要求签离职申请</translation>
    </message>
    <message>
        <source>Company proposed ending by agreement</source>
        <translation>公司提出“协商解除”</translation>
    </message>
    <message>
        <source>I signed an agreement</source>
        <translation>我签了一份协议</translation>
    </message>
    <message>
        <source>Told of a pay cut</source>
        <translation>被通知降薪</translation>
    </message>
    <message>
        <source>Performance pay stopped</source>
        <translation>绩效工资被停发</translation>
    </message>
    <message>
        <source>Told of a transfer / move</source>
        <translation>被通知调岗 / 换地方</translation>
    </message>
    <message>
        <source>Account, badge or computer taken back</source>
        <translation>账号、门禁或电脑被收回</translation>
    </message>
    <message>
        <source>Given pointless or humiliating work</source>
        <translation>被安排无意义或羞辱性的工作</translation>
    </message>
    <message>
        <source>Told to take annual / personal leave</source>
        <translation>被要求休年假 / 事假</translation>
    </message>
    <message>
        <source>Received a performance warning</source>
        <translation>收到绩效警告</translation>
    </message>
    <message>
        <source>Put on a performance improvement plan</source>
        <translation>被要求进入绩效改进计划</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Told I am &quot;not competent&quot;</source>
        <translation>被说“不能胜任”</translation>
    </message>
    <message>
        <source>Company arranged training</source>
        <translation>公司安排培训</translation>
    </message>
    <message>
        <source>Company offered another post</source>
        <translation>公司提供别的岗位</translation>
    </message>
    <message>
        <source>Told the post is eliminated (incl. &quot;replaced by AI&quot;)</source>
        <translation>被告知岗位撤销（含“被AI替代”）</translation>
    </message>
    <message>
        <source>Received a termination notice</source>
        <translation>收到解除劳动合同通知</translation>
    </message>
    <message>
        <source>Told the contract will not be renewed</source>
        <translation>被告知合同不续签</translation>
    </message>
    <message>
        <source>Company offered renewal</source>
        <translation>公司提出续签</translation>
    </message>
    <message>
        <source>Social insurance contributions stopped</source>
        <translation>社保被停缴</translation>
    </message>
    <message>
        <source>Told pay will be late</source>
        <translation>被通知工资延发</translation>
    </message>
    <message>
        <source>I asked in writing for work</source>
        <translation>我书面要求安排工作</translation>
    </message>
    <message>
        <source>I objected in writing</source>
        <translation>我书面提出异议</translation>
    </message>
    <message>
        <source>I demanded payment / correction</source>
        <translation>我书面要求补发 / 纠正</translation>
    </message>
    <message>
        <source>Company admitted owing pay or promised to pay</source>
        <translation>公司承认欠薪或承诺支付</translation>
    </message>
    <message>
        <source>I resigned</source>
        <translation>我提出了辞职</translation>
    </message>
    <message>
        <source>I complained to labour inspection</source>
        <translation>我向劳动监察投诉了</translation>
    </message>
    <message>
        <source>I applied for mediation</source>
        <translation>我申请了调解</translation>
    </message>
    <message>
        <source>I applied for labour arbitration</source>
        <translation>我申请了劳动仲裁</translation>
    </message>
    <message>
        <source>Colleagues in the same post still work</source>
        <translation>同岗位的同事还在干活</translation>
    </message>
    <message>
        <source>Company is hiring for my post</source>
        <translation>公司在招我这个岗位</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>DingTalk</source>
        <translation>钉钉</translation>
    </message>
    <message>
        <source>Feishu</source>
        <translation>飞书</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>信件</translation>
    </message>
</context>
</TS>
