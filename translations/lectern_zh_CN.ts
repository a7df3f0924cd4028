<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountText</name>
    <message numerus="yes">
        <location filename="../ui/text/account_text.cpp" line="+13"/>
        <source>in %n second(s)</source>
        <translation>
            <numerusform>%n 秒后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>%n 分钟后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>%n 小时后</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>email address</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot reach the server. Check your network connection and the server address in Settings.</source>
        <translation>无法连接服务器。请检查网络连接，以及“设置”中的服务器地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>服务器未能及时响应，请稍后再试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server broke off. Try again.</source>
        <translation>与服务器的连接中断了，请重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s identity could not be verified (its certificate is not trusted).</source>
        <translation>无法验证服务器的身份（其证书不受信任）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong email or password.</source>
        <translation>邮箱或密码错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your sign-in has ended. Sign in again to sync your notes and progress; nothing on this computer is lost.</source>
        <translation>你的登录已失效。请重新登录以同步笔记和学习进度；这台电脑上的内容不会丢失。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server no longer accepts this sign-in. Please sign in again.</source>
        <translation>服务器已不再接受此次登录，请重新登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account is not allowed to do this.</source>
        <translation>你的账号无权执行此操作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not know this request. Check the server address in Settings.</source>
        <translation>服务器无法识别此请求。请检查“设置”中的服务器地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An account with this email address already exists. Sign in instead.</source>
        <translation>该邮箱已注册账号，请直接登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conflicts with something already on the server.</source>
        <translation>此操作与服务器上已有的内容冲突。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many attempts. Try again %1.</source>
        <translation>尝试次数过多，请%1再试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many attempts. Wait a few minutes and try again.</source>
        <translation>尝试次数过多，请等几分钟后再试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is busy. Try again %1.</source>
        <translation>服务器繁忙，请%1再试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is busy. Try again in a moment.</source>
        <translation>服务器繁忙，请稍后再试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server had a problem (error %1). Try again later.</source>
        <translation>服务器出现问题（错误 %1），请稍后再试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server asked for a fresh copy of the catalog; it is downloaded again from the start.</source>
        <translation>服务器要求重新获取课程目录，正在从头重新下载。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a valid email address.</source>
        <translation>请输入有效的电子邮箱。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a password of 8 to 256 characters.</source>
        <translation>请设置 8 到 256 个字符的密码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a display name.</source>
        <translation>请输入显示名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept the %1.</source>
        <translation>服务器不接受所填的%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request (%1).</source>
        <translation>服务器拒绝了此请求（%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent an answer Lectern cannot read. Check the server address in Settings.</source>
        <translation>服务器返回了 Lectern 无法识别的内容。请检查“设置”中的服务器地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lectern could not keep your sign-in on this computer.</source>
        <translation>Lectern 无法在这台电脑上保存你的登录信息。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server address is not valid. Check it in Settings.</source>
        <translation>服务器地址无效，请在“设置”中检查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Something went wrong.</source>
        <translation>出了点问题。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Catalog</source>
        <translation>课程目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes and progress</source>
        <translation>笔记与进度</translation>
    </message>
</context>
<context>
    <name>CatalogText</name>
    <message>
        <location filename="../ui/text/catalog_text.cpp" line="+10"/>
        <source>Programming</source>
        <translation>编程开发</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data &amp; AI</source>
        <translation>数据与 AI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Languages</source>
        <translation>语言学习</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business</source>
        <translation>商业管理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Music</source>
        <translation>音乐</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photography</source>
        <translation>摄影</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exam prep</source>
        <translation>考试备考</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal growth</source>
        <translation>个人成长</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Beginner</source>
        <translation>入门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermediate</source>
        <translation>进阶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All levels</source>
        <translation>适合所有水平</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article</source>
        <translation>图文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Owned</source>
        <translation>已拥有</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A file could not be read or written.</source>
        <translation>无法读取或写入文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The local library could not be read.</source>
        <translation>无法读取本地资料库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The local library is busy. Another Lectern window may be using it; try again in a moment.</source>
        <translation>本地资料库正忙，可能有另一个 Lectern 窗口正在使用它，请稍后再试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This data folder was created by a newer version of Lectern.</source>
        <translation>此数据文件夹由更新版本的 Lectern 创建。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The item could not be found.</source>
        <translation>找不到该项目。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request was not valid.</source>
        <translation>请求无效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog data is damaged or in an unknown format.</source>
        <translation>课程目录数据已损坏或格式无法识别。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong.</source>
        <translation>出了点问题。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This data folder was created by a newer version of Lectern, so this version cannot open it without risking your notes and progress. Nothing in it was changed.

Install the newer version of Lectern, or start this one with a different data folder (--data-dir).

Data folder: %1</source>
        <translation>此数据文件夹由更新版本的 Lectern 创建，当前版本打开它可能会损坏你的笔记和学习进度，因此没有打开。文件夹中的内容未做任何改动。

请安装更新版本的 Lectern，或使用其他数据文件夹（--data-dir）启动当前版本。

数据文件夹：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your library is in use by another program, probably another Lectern window. Close it and start Lectern again.

Data folder: %1</source>
        <translation>你的资料库正被其他程序使用，可能是另一个 Lectern 窗口。请关闭它后重新启动 Lectern。

数据文件夹：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lectern cannot read or write its data folder. Check that the folder exists, that you may write to it and that the disk is not full.

Data folder: %1</source>
        <translation>Lectern 无法读写数据文件夹。请确认文件夹存在、你有写入权限，并且磁盘空间充足。

数据文件夹：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lectern could not open your library. The file may be damaged.

Data folder: %1</source>
        <translation>Lectern 无法打开你的资料库，文件可能已损坏。

数据文件夹：%1</translation>
    </message>
</context>
<context>
    <name>CommerceText</name>
    <message>
        <location filename="../ui/commerce/commerce_text.cpp" line="+34"/>
        <source>Awaiting payment</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Monthly subscription</source>
        <translation>月度订阅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly subscription</source>
        <translation>年度订阅</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 a month</source>
        <translation>%1/月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 a year</source>
        <translation>%1/年</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Payment received. Thank you!</source>
        <translation>付款成功，谢谢！</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your card was declined. Nothing was charged: try another card.</source>
        <translation>您的卡被拒绝，未产生任何扣款。请换一张卡再试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card has insufficient funds. Nothing was charged: try another card.</source>
        <translation>卡内余额不足，未产生任何扣款。请换一张卡再试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no coupon with this code. Check the spelling.</source>
        <translation>没有这个优惠码，请检查拼写。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This coupon has expired and can no longer be used.</source>
        <translation>该优惠券已过期，无法再使用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This coupon has been used up.</source>
        <translation>该优惠券已被领完。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This coupon does not apply to these courses.</source>
        <translation>该优惠券不适用于这些课程。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You already own this, or your subscription is still running. Nothing was charged.</source>
        <translation>您已拥有该内容，或订阅仍在有效期内。未产生任何扣款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This course is not on sale on the server (it may have been withdrawn, or it is not free).</source>
        <translation>服务器上没有在售的这门课程（可能已下架，或并非免费）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing left to buy: you own everything in it.</source>
        <translation>没有需要购买的内容：其中的课程您都已拥有。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This order was refunded and cannot be paid again.</source>
        <translation>该订单已退款，不能再次支付。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We&apos;re checking with the server whether the payment went through. You will not be charged twice.</source>
        <translation>正在向服务器确认付款是否成功。您不会被重复扣款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server says this order was not paid, and nothing was charged. You can pay again.</source>
        <translation>服务器确认该订单未付款，也没有产生扣款。您可以重新付款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The purchase did not go through.</source>
        <translation>购买未完成。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in to buy courses and see your purchases.</source>
        <translation>登录后即可购买课程并查看已购内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lectern could not reach the server. Check your connection and try again.</source>
        <translation>Lectern 无法连接服务器。请检查网络后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused: %1</source>
        <translation>服务器拒绝了请求：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request.</source>
        <translation>服务器拒绝了请求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s signing key has changed, so your purchases could not be confirmed. Contact the server&apos;s administrator.</source>
        <translation>服务器的签名密钥已变更，无法确认您的购买记录。请联系服务器管理员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in once while online to confirm your purchases.</source>
        <translation>请在联网时登录一次，以确认您的购买记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lectern could not read or write its database on this computer.</source>
        <translation>Lectern 无法读写本机上的数据库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This order cannot be refunded.</source>
        <translation>该订单无法退款。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This order cannot be refunded. The server says: “%1”</source>
        <translation>该订单无法退款。服务器说明：“%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This server uses the sandbox payment provider: no real money moves. Test cards:
4242 4242 4242 4242 — payment succeeds
4000 0000 0000 0002 — card declined
4000 0000 0000 9995 — insufficient funds</source>
        <translation>该服务器使用沙盒支付，不会产生真实扣款。测试卡号：
4242 4242 4242 4242 — 支付成功
4000 0000 0000 0002 — 卡被拒绝
4000 0000 0000 9995 — 余额不足</translation>
    </message>
</context>
<context>
    <name>DownloadedMediaLocator</name>
    <message>
        <location filename="../ui/player/downloaded_media_locator.cpp" line="+76"/>
        <source>This lesson is part of a paid course. Buy the course (or subscribe, when the course is included) to study it; your download stays on this device.</source>
        <translation>这节课属于付费课程。购买课程（或在课程包含在订阅中时订阅）后即可学习；已下载的内容会保留在这台设备上。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have been offline for too long to keep studying paid lessons. Connect to the internet once to renew your access — nothing needs to be downloaded again.</source>
        <translation>你离线太久，暂时无法继续学习付费课程。联网一次即可续期访问权限，无需重新下载。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your subscription ended on %1. Renew it to continue; your downloads are kept.</source>
        <translation>你的订阅已于 %1 结束。续订即可继续学习；已下载的内容会保留。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your subscription has ended. Renew it to continue; your downloads are kept.</source>
        <translation>你的订阅已结束。续订即可继续学习；已下载的内容会保留。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This course was refunded, so it is no longer yours to study.</source>
        <translation>这门课程已退款，因此不能再学习。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s clock is behind the time Lectern last saw. Set the correct date and time, then open the lesson again.</source>
        <translation>这台电脑的时钟早于 Lectern 上次记录的时间。请设置正确的日期和时间，然后重新打开这节课。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This course is no longer in the catalog.</source>
        <translation>这门课程已不在目录中。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This lesson is still downloading. It plays as soon as the download finishes.</source>
        <translation>这节课还在下载中，下载完成后即可播放。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download this lesson to study it offline.</source>
        <translation>下载这节课，即可离线学习。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The downloaded file is gone. Download it again.</source>
        <translation>已下载的文件不见了，请重新下载。</translation>
    </message>
</context>
<context>
    <name>MediaText</name>
    <message>
        <location filename="../ui/text/media_text.cpp" line="+28"/>
        <source>Waiting until idle, %1% downloaded</source>
        <translation>等空闲时下载，已下载 %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting until idle</source>
        <translation>等空闲时下载</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to retry: %1</source>
        <translation>等待重试：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued at %1%</source>
        <translation>排队中（已完成 %1%）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading %1% · %2 of %3</source>
        <translation>正在下载 %1% · %2 / %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused at %1%</source>
        <translation>已暂停（%1%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file could not be read or written.</source>
        <translation>无法读取或写入文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not enough free disk space (or over your storage limit). Free some space and retry.</source>
        <translation>磁盘空间不足（或超出了你设定的存储上限）。请腾出空间后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the download was damaged; it will be fetched again.</source>
        <translation>下载的文件已损坏，将重新获取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this file was downloaded on another device or profile; download it again here.</source>
        <translation>该文件是在另一台设备或另一个配置中下载的，请在这里重新下载。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this lesson has no downloadable media.</source>
        <translation>这节课没有可下载的媒体。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you don&apos;t have access to this lesson. Sign in, or buy the course to download it.</source>
        <translation>你没有这节课的访问权限。请登录，或购买课程后再下载。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server could not be reached. It will retry.</source>
        <translation>无法连接服务器，稍后会自动重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not a Lectern media file.</source>
        <translation>这不是 Lectern 的媒体文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>something went wrong.</source>
        <translation>出了点问题。</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../ui/commerce/receipt.cpp" line="+31"/>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount (coupon %1)</source>
        <translation>优惠（优惠码 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refunded</source>
        <translation>退款时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts are as charged by the server. Keep this receipt for your records.</source>
        <translation>金额以服务器实际扣款为准。请妥善保存本收据。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lectern receipt %1</source>
        <translation>Lectern 收据 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print receipt</source>
        <translation>打印收据</translation>
    </message>
</context>
<context>
    <name>StartupError</name>
    <message>
        <location filename="../ui/shell/startup_error.cpp" line="+15"/>
        <source>Lectern cannot start</source>
        <translation>Lectern 无法启动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lectern could not open your library.</source>
        <translation>Lectern 无法打开你的资料库。</translation>
    </message>
</context>
<context>
    <name>lectern::ui::AccountButton</name>
    <message>
        <location filename="../ui/account/account_button.cpp" line="+20"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Signed in as %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1 until Lectern quits</source>
        <translation>已登录：%1（退出 Lectern 后自动登出）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in again</source>
        <translation>重新登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server ended your sign-in. Your notes and progress stay on this computer until you sign in again.</source>
        <translation>服务器结束了你的登录。在你重新登录之前，笔记和进度都保留在这台电脑上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to sync your notes and progress. Browsing and studying work without an account.</source>
        <translation>登录后可同步笔记和学习进度。不登录也可以浏览和学习。</translation>
    </message>
</context>
<context>
    <name>lectern::ui::CartDialog</name>
    <message>
        <location filename="../ui/commerce/cart_dialog.cpp" line="+31"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply</source>
        <translation>使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checkout</source>
        <translation>去结账</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your cart</source>
        <translation>购物车</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Coupon code</source>
        <translation>优惠码</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your cart is empty</source>
        <translation>购物车是空的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add courses to the cart from their pages to buy several at once.</source>
        <translation>在课程页面把课程加入购物车，即可一次购买多门课程。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse courses</source>
        <translation>浏览课程</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coupon</source>
        <translation>优惠码</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A course no longer in the catalog</source>
        <translation>已不在目录中的课程</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Asking the server for the price…</source>
        <translation>正在向服务器询价…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Coupon %1 applied.</source>
        <translation>已使用优惠码 %1。</translation>
    </message>
</context>
<context>
    <name>lectern::ui::CheckoutDialog</name>
    <message>
        <location filename="../ui/commerce/checkout_dialog.cpp" line="+45"/>
        <source>You save %1 with coupon %2</source>
        <translation>使用优惠码 %2 节省 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You save %1</source>
        <translation>节省 %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checkout</source>
        <translation>结账</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review and pay</source>
        <translation>确认并付款</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Coupon code (optional)</source>
        <translation>优惠码（可选）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply</source>
        <translation>使用</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+22"/>
        <source>Card number</source>
        <translation>卡号</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Coupon</source>
        <translation>优惠码</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+188"/>
        <source>Pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+165"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Getting the price from the server…</source>
        <translation>正在从服务器获取价格…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+128"/>
        <source>Paying…</source>
        <translation>正在付款…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You&apos;re enrolled</source>
        <translation>报名成功</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment received</source>
        <translation>付款成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is now in My Learning.</source>
        <translation>《%1》已加入“我的学习”。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thank you! %1 is now yours, in My Learning.</source>
        <translation>谢谢！《%1》已归您所有，可在“我的学习”中找到。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was charged. The receipt is under My Learning → Orders.</source>
        <translation>已扣款 %1。收据在“我的学习 → 订单”中。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking…</source>
        <translation>正在确认…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay %1</source>
        <translation>付款 %1</translation>
    </message>
</context>
<context>
    <name>lectern::ui::CourseCardDelegate</name>
    <message>
        <location filename="../ui/discover/course_card_delegate.cpp" line="+197"/>
        <source>Owned</source>
        <translation>已拥有</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In subscription</source>
        <translation>订阅内含</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No ratings yet</source>
        <translation>暂无评分</translation>
    </message>
</context>
<context>
    <name>lectern::ui::CourseGridModel</name>
    <message>
        <location filename="../ui/discover/course_grid_model.cpp" line="+147"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This course is no longer available</source>
        <translation>该课程已下架</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, by %2, %3</source>
        <translation>%1，讲师 %2，%3</translation>
    </message>
</context>
<context>
    <name>lectern::ui::CoursePage</name>
    <message>
        <location filename="../ui/course/course_page.cpp" line="+74"/>
        <source>Discover</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to Discover (Esc)</source>
        <translation>返回“发现”（Esc）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to Discover</source>
        <translation>返回“发现”</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Continue</source>
        <translation>继续学习</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the player at the lesson you were on</source>
        <translation>在上次学到的课时打开播放器</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+55"/>
        <source>Course content</source>
        <translation>课程内容</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>About this course</source>
        <translation>课程简介</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About the instructor</source>
        <translation>关于讲师</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This course is no longer available</source>
        <translation>该课程已下架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been withdrawn by its instructor. Go back to Discover to find another.</source>
        <translation>它可能已被讲师下架。返回“发现”看看其他课程吧。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This course could not be opened</source>
        <translation>无法打开该课程</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Taught by %1</source>
        <translation>讲师：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taught by %1 · %2</source>
        <translation>讲师：%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>(%Ln rating(s))</source>
        <translation>
            <numerusform>（%Ln 个评分）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+4"/>
        <source>%Ln student(s)</source>
        <translation>
            <numerusform>%Ln 名学员</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Rated %1 out of 5</source>
        <translation>评分 %1（满分 5 分）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No ratings yet</source>
        <translation>暂无评分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 in total</source>
        <translation>共 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+10"/>
        <source>%Ln lesson(s)</source>
        <translation>
            <numerusform>%Ln 节课</numerusform>
        </translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Taught in %1</source>
        <translation>%1授课</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+138"/>
        <source>Download course</source>
        <translation>下载课程</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Download every lesson to study without a network</source>
        <translation>下载全部课时，离线也能学习</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Added to your cart. Open it from My Learning to buy several courses at once.</source>
        <translation>已加入购物车。可在“我的学习”中打开购物车，一次购买多门课程。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Queued. “Download only when idle” is on, so it starts once you step away; see Downloads.</source>
        <translation>已加入队列。“仅在空闲时下载”已开启，你离开后才会开始下载；可在“下载”中查看。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading. Follow its progress under Downloads.</source>
        <translation>正在下载，可在“下载”中查看进度。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Owned</source>
        <translation>已拥有</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Included in your subscription</source>
        <translation>订阅内含</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enrolling…</source>
        <translation>正在报名…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchases need a connection to the Lectern server.</source>
        <translation>购买需要连接 Lectern 服务器。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this free course to My Learning</source>
        <translation>将这门免费课程加入“我的学习”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay for this course and keep it</source>
        <translation>购买后永久拥有这门课程</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove from cart</source>
        <translation>移出购物车</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to cart</source>
        <translation>加入购物车</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove from wishlist</source>
        <translation>移出心愿单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to wishlist</source>
        <translation>加入心愿单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download queued</source>
        <translation>已加入下载队列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloads start once Lectern is connected to the server.</source>
        <translation>Lectern 连接服务器后即可开始下载。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in (bottom right) to buy or enrol; your purchases follow you to every device.</source>
        <translation>请先登录（右下角）再购买或报名；购买记录会同步到您的所有设备。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>You&apos;re enrolled. The course is in My Learning.</source>
        <translation>报名成功，课程已加入“我的学习”。</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Enrol for free</source>
        <translation>免费报名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buy course</source>
        <translation>购买课程</translation>
    </message>
    <message numerus="yes">
        <location line="-227"/>
        <source>%Ln section(s)</source>
        <translation>
            <numerusform>%Ln 个章节</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ui::DiscoverPage</name>
    <message>
        <location filename="../ui/discover/discover_page.cpp" line="+56"/>
        <source>Discover</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search courses, instructors and topics</source>
        <translation>搜索课程、讲师或主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the catalog</source>
        <translation>搜索课程目录</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Number of results</source>
        <translation>结果数量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Sort by:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Loading the catalog…</source>
        <translation>正在加载课程目录…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level</source>
        <translation>难度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any level</source>
        <translation>不限难度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any language</source>
        <translation>不限语言</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free and paid</source>
        <translation>免费和付费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free</source>
        <translation>免费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>付费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned</source>
        <translation>已拥有</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More filters: price range and length</source>
        <translation>更多筛选：价格区间和时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price range and course length</source>
        <translation>价格区间和课程时长</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sort order</source>
        <translation>排序方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best match</source>
        <translation>最相关</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest rated</source>
        <translation>评分最高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most popular</source>
        <translation>最受欢迎</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest</source>
        <translation>最新上架</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price: low to high</source>
        <translation>价格从低到高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price: high to low</source>
        <translation>价格从高到低</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More filters (%1)</source>
        <translation>更多筛选（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More filters</source>
        <translation>更多筛选</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Search is not available right now</source>
        <translation>暂时无法搜索</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln course(s)</source>
        <translation>
            <numerusform>%Ln 门课程</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>%Ln 个结果</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No courses match “%1”</source>
        <translation>没有与“%1”匹配的课程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the spelling, try a shorter or more general word, or clear the filters.</source>
        <translation>请检查拼写，换一个更短或更通用的词，或清除筛选条件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the spelling, or try a shorter or more general word.</source>
        <translation>请检查拼写，或换一个更短、更通用的词试试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No courses match these filters</source>
        <translation>没有符合这些筛选条件的课程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another category or level, or widen the price and length ranges.</source>
        <translation>试试其他分类或难度，或放宽价格和时长范围。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog is empty</source>
        <translation>课程目录为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses appear here once the catalog has been downloaded.</source>
        <translation>课程目录下载完成后，课程会显示在这里。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear search and filters</source>
        <translation>清除搜索和筛选</translation>
    </message>
</context>
<context>
    <name>lectern::ui::DownloadsPage</name>
    <message>
        <location filename="../ui/downloads/downloads_page.cpp" line="+38"/>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download only when idle</source>
        <translation>仅在空闲时下载</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Storage limit</source>
        <translation>存储上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No storage limit</source>
        <translation>不限制存储空间</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+122"/>
        <source>Limit: %1</source>
        <translation>上限：%1</translation>
    </message>
    <message numerus="yes">
        <location line="-120"/>
        <source>Queued downloads start once you have not used Lectern for %n minute(s) or its window is minimised; a lesson you open to play downloads right away.</source>
        <translation>
            <numerusform>排队中的下载会在你 %n 分钟未使用 Lectern 或将其窗口最小化后开始；你打开播放的课时会立即下载。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Lesson</source>
        <translation>课时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No downloads yet</source>
        <translation>还没有下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a lesson or a whole course from its page to study it without a network. Downloads are stored encrypted and play only on this device.</source>
        <translation>在课程页面下载单节课或整门课程，没有网络也能学习。下载内容加密保存，只能在这台设备上播放。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse courses</source>
        <translation>浏览课程</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Delete %n downloaded lesson(s) from this device?</source>
        <translation>
            <numerusform>要从这台设备上删除 %n 节已下载的课吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete every download of %n course(s) from this device?</source>
        <translation>
            <numerusform>要从这台设备上删除 %n 门课程的全部下载吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete downloads</source>
        <translation>删除下载</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Could not do that: %1</source>
        <translation>操作未完成：%1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Lesson no longer in the catalog</source>
        <translation>已不在目录中的课时</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Course no longer in the catalog</source>
        <translation>已不在目录中的课程</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 of %n lesson(s) downloaded</source>
        <translation>
            <numerusform>已下载 %1 / %n 节</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 used of %2</source>
        <translation>已用 %1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 used</source>
        <translation>已用 %1</translation>
    </message>
</context>
<context>
    <name>lectern::ui::FilterPopup</name>
    <message>
        <location filename="../ui/discover/filter_popup.cpp" line="+45"/>
        <source>More filters</source>
        <translation>更多筛选</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lowest price</source>
        <translation>最低价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highest price</source>
        <translation>最高价格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Course length</source>
        <translation>课程时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any length</source>
        <translation>不限时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under 1 hour</source>
        <translation>1 小时以内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 to 3 hours</source>
        <translation>1 至 3 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 to 6 hours</source>
        <translation>3 至 6 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 6 hours</source>
        <translation>6 小时以上</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length:</source>
        <translation>时长：</translation>
    </message>
</context>
<context>
    <name>lectern::ui::LessonListModel</name>
    <message>
        <location filename="../ui/player/lesson_list_model.cpp" line="+121"/>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% watched</source>
        <translation>已观看 %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson %1: %2, %3, %4</source>
        <translation>第 %1 课：%2，%3，%4</translation>
    </message>
</context>
<context>
    <name>lectern::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="+65"/>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discover</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My Learning</source>
        <translation>我的学习</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Your courses will live here</source>
        <translation>你的课程会出现在这里</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses you buy or enrol in appear here with your progress, so you can pick up where you left off.</source>
        <translation>购买或报名的课程会和学习进度一起显示在这里，方便你随时从上次停下的地方继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse courses</source>
        <translation>浏览课程</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Downloads</source>
        <translation>下载</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No downloads yet</source>
        <translation>还没有下载内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons you download for offline study appear here, with their size and download progress.</source>
        <translation>下载用于离线学习的课时会显示在这里，并附带文件大小和下载进度。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+276"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>Authoring</source>
        <translation>创作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teach what you know</source>
        <translation>分享你的专业知识</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build a course from your videos, audio and articles here, then send it for review before it is published to the catalog.</source>
        <translation>在这里用你的视频、音频和图文制作课程，提交审核通过后即可发布到课程目录。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message numerus="yes">
        <location line="+333"/>
        <location line="+6"/>
        <source>%Ln course(s) in the catalog</source>
        <translation>
            <numerusform>目录中共 %Ln 门课程</numerusform>
        </translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Last synced at %1.</source>
        <translation>上次同步：%1。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Syncing with %1…</source>
        <translation>正在与 %1 同步…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Syncing: %n page(s) received</source>
        <translation>
            <numerusform>正在同步：已接收 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bringing the catalog up to date from %1. Courses updated so far: %2.</source>
        <translation>正在从 %1 更新课程目录。已更新课程：%2 门。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Synced at %1</source>
        <translation>已于 %1 同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date with %1. Lectern syncs every few minutes.</source>
        <translation>已与 %1 保持同步。Lectern 每隔几分钟同步一次。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline (next try %1)</source>
        <translation>离线（%1 重试）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync failed (next try %1)</source>
        <translation>同步失败（%1 重试）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details are in Settings, under Sync details.</source>
        <translation>详情见“设置”中的“同步详情”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lectern-server %1 at %2</source>
        <translation>lectern-server %1，地址 %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Offline: studying from this computer</source>
        <translation>离线：正在使用本机内容学习</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach %1 (%2). Your catalog, downloads and notes keep working offline.</source>
        <translation>无法连接 %1（%2）。课程目录、下载内容和笔记在离线时照常可用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a newer Lectern</source>
        <translation>%1 需要更新版本的 Lectern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server speaks a newer API version. Update Lectern to connect.</source>
        <translation>服务器使用了更新的接口版本。请更新 Lectern 后再连接。</translation>
    </message>
</context>
<context>
    <name>lectern::ui::MyLearningPage</name>
    <message>
        <location filename="../ui/commerce/my_learning_page.cpp" line="+31"/>
        <source>My Learning</source>
        <translation>我的学习</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore purchases</source>
        <translation>恢复购买</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fetch your purchases and subscription from the server again.</source>
        <translation>从服务器重新获取您的购买记录和订阅。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access</source>
        <translation>权限</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your courses will live here</source>
        <translation>您的课程会出现在这里</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses you buy or enrol in appear here with your progress, so you can pick up where you left off. Signed in on another computer? Your purchases come back after the next sync.</source>
        <translation>您购买或报名的课程会连同学习进度显示在这里，方便您从上次停下的地方继续。在其他电脑上登录过？下次同步后购买记录会自动恢复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse courses</source>
        <translation>浏览课程</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Courses</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restoring your purchases…</source>
        <translation>正在恢复您的购买记录…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cart</source>
        <translation>购物车</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cart (%1)</source>
        <translation>购物车 (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A course no longer in the catalog</source>
        <translation>已不在目录中的课程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>已学完</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln lesson(s) done</source>
        <translation>
            <numerusform>已完成 %1/%Ln 节</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned</source>
        <translation>已拥有</translation>
    </message>
</context>
<context>
    <name>lectern::ui::NotesView</name>
    <message>
        <location filename="../ui/notes/notes_view.cpp" line="+123"/>
        <location line="+266"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>Your notes could not be read or saved: %1</source>
        <translation>无法读取或保存你的笔记：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Show %n more</source>
        <translation>
            <numerusform>再显示 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n 条待处理</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No notes match “%1”</source>
        <translation>没有与“%1”匹配的笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try other words, or clear the search.</source>
        <translation>换个词试试，或清空搜索。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notes for this lesson yet</source>
        <translation>这节课还没有笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one above: it is linked to the moment you are at, so a click brings you back there.</source>
        <translation>在上方写一条：它会关联到你当前所在的时间点，点一下就能回到那里。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes yet</source>
        <translation>还没有笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes you take while studying appear here, each linked to the moment in the lesson where you wrote it.</source>
        <translation>学习时记下的笔记会出现在这里，每条都关联到你写下它时课程中的那一刻。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A course no longer in the catalog</source>
        <translation>已不在课程目录中的课程</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Play the lesson from here</source>
        <translation>从这里开始播放课程</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last changed</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changed on two devices at once. This is the other version; the note above is the one it diverged from. Keep one of them:</source>
        <translation>这条笔记同时在两台设备上被修改。这是另一个版本，上面那条是它分出来的原笔记。请保留其中一个：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Has another version below — review it</source>
        <translation>下方还有另一个版本，请查看</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Keep this version</source>
        <translation>保留这个版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this version</source>
        <translation>舍弃这个版本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this note on all your devices?</source>
        <translation>要在你的所有设备上删除这条笔记吗？</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Linked to %1 in this lesson</source>
        <translation>关联到本课 %1 处</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to this lesson</source>
        <translation>关联到本课</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Notes for this lesson</source>
        <translation>本课笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Search notes</source>
        <translation>搜索笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note…</source>
        <translation>写一条笔记…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New note</source>
        <translation>新笔记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
</context>
<context>
    <name>lectern::ui::OrdersView</name>
    <message>
        <location filename="../ui/commerce/orders_view.cpp" line="+36"/>
        <source>Print receipt…</source>
        <translation>打印收据…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save receipt as PDF…</source>
        <translation>将收据存为 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request refund…</source>
        <translation>申请退款…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No orders yet</source>
        <translation>还没有订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses and subscriptions you buy are listed here, with receipts to print or save.</source>
        <translation>您购买的课程和订阅会列在这里，收据可打印或保存。</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Receipt saved to %1.</source>
        <translation>收据已保存到 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receipt could not be saved to %1. Choose another folder.</source>
        <translation>无法将收据保存到 %1，请选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save receipt</source>
        <translation>保存收据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Request a refund</source>
        <translation>申请退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders can be refunded in full within 7 days of payment, and access to what they bought ends at once. Why are you asking for a refund? (optional)</source>
        <translation>订单可在付款后 7 天内全额退款，退款后立即失去所购内容的访问权限。请说明退款原因（可选）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking the server for a refund…</source>
        <translation>正在向服务器申请退款…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The order was refunded. Access to what it bought has ended.</source>
        <translation>订单已退款，所购内容的访问权限已终止。</translation>
    </message>
</context>
<context>
    <name>lectern::ui::PlayerPage</name>
    <message>
        <location filename="../ui/player/player_page.cpp" line="+101"/>
        <source>Back to the course (Esc)</source>
        <translation>返回课程 (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Preparing the lesson…</source>
        <translation>正在准备课时…</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+7"/>
        <source>Lessons</source>
        <translation>课时</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Position</source>
        <translation>播放位置</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Previous lesson</source>
        <translation>上一课</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back 10 seconds (←; Shift+← 30 seconds)</source>
        <translation>后退 10 秒（←；Shift+← 后退 30 秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−10 s</source>
        <translation>−10 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+690"/>
        <source>Play (Space)</source>
        <translation>播放（空格）</translation>
    </message>
    <message>
        <location line="-689"/>
        <source>Forward 10 seconds (→; Shift+→ 30 seconds)</source>
        <translation>前进 10 秒（→；Shift+→ 前进 30 秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+10 s</source>
        <translation>+10 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next lesson</source>
        <translation>下一课</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation>播放速度（[ 减速，] 加速）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+335"/>
        <source>Subtitles</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location line="-334"/>
        <source>CC</source>
        <translation>字幕</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+682"/>
        <source>Mute (M)</source>
        <translation>静音 (M)</translation>
    </message>
    <message>
        <location line="-679"/>
        <source>Volume</source>
        <translation>音量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Autoplay</source>
        <translation>自动连播</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play the next lesson when this one ends</source>
        <translation>本课结束后自动播放下一课</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+633"/>
        <source>Full screen (F)</source>
        <translation>全屏 (F)</translation>
    </message>
    <message>
        <location line="-468"/>
        <source>The article is too large to show.</source>
        <translation>这篇文章太大，无法显示。</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>No subtitles for this lesson</source>
        <translation>本课没有字幕</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>This lesson is not on this computer yet</source>
        <translation>这节课还没有下载到这台电脑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download it to study it here, online or offline.</source>
        <translation>下载后即可在这里学习，在线离线都可以。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download lesson</source>
        <translation>下载本课</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can&apos;t study this lesson right now</source>
        <translation>暂时无法学习这节课</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew your purchase or subscription to keep studying this course.</source>
        <translation>续订或重新购买后即可继续学习本课程。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This lesson&apos;s file is damaged</source>
        <translation>这节课的文件已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lectern could not play %1. Download it again to repair it.</source>
        <translation>Lectern 无法播放 %1。重新下载即可修复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download again</source>
        <translation>重新下载</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lectern could not read this lesson</source>
        <translation>Lectern 无法读取这节课</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk holding your downloads is connected and readable.</source>
        <translation>请检查存放下载内容的磁盘已连接且可以读取。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A media plug-in is missing</source>
        <translation>缺少媒体插件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer cannot decode %1. On Debian or Ubuntu, install the packages gstreamer1.0-libav and gstreamer1.0-plugins-good, then open the lesson again.</source>
        <translation>这台电脑无法解码 %1。在 Debian 或 Ubuntu 上，请安装 gstreamer1.0-libav 和 gstreamer1.0-plugins-good 软件包，然后重新打开这节课。</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Leave full screen (F or Esc)</source>
        <translation>退出全屏（F 或 Esc）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pause (Space)</source>
        <translation>暂停（空格）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unmute (M)</source>
        <translation>取消静音 (M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Playback speed %1</source>
        <translation>播放速度 %1</translation>
    </message>
</context>
<context>
    <name>lectern::ui::SettingsPage</name>
    <message>
        <location filename="../ui/shell/settings_page.cpp" line="+33"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new language takes effect the next time Lectern starts.</source>
        <translation>新的语言将在下次启动 Lectern 时生效。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Appearance:</source>
        <translation>外观(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data folder:</source>
        <translation>数据文件夹：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server and sync</source>
        <translation>服务器与同步</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your sign-in is kept per server.</source>
        <translation>每个服务器分别保存登录状态。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recent sync errors</source>
        <translation>最近的同步错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next try</source>
        <translation>下次重试</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sync problems recently.</source>
        <translation>最近没有同步问题。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server address:</source>
        <translation>服务器地址(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync:</source>
        <translation>同步：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync details</source>
        <translation>同步详情</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Enter an address such as https://lectern.example or http://127.0.0.1:8080.</source>
        <translation>请输入类似 https://lectern.example 或 http://127.0.0.1:8080 的地址。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already connected to this server.</source>
        <translation>已连接到此服务器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to %1. Your sign-in is kept per server.</source>
        <translation>正在连接 %1。每个服务器分别保存登录状态。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last synced at %1.</source>
        <translation>上次同步：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet.</source>
        <translation>尚未同步。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After sign-in</source>
        <translation>登录后</translation>
    </message>
</context>
<context>
    <name>lectern::ui::SignInDialog</name>
    <message>
        <location filename="../ui/account/sign_in_dialog.cpp" line="+42"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Remember me on this computer</source>
        <translation>在这台电脑上记住我(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchecked, you are signed out when Lectern quits.</source>
        <translation>不勾选时，退出 Lectern 即自动登出。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Create an account</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Create your Lectern account</source>
        <translation>创建你的 Lectern 账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to Lectern</source>
        <translation>登录 Lectern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名字(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown to instructors and other learners</source>
        <translation>讲师和其他学员会看到这个名字</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating account…</source>
        <translation>正在创建账号…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create account</source>
        <translation>创建账号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I already have an account</source>
        <translation>我已有账号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New here? Create an account</source>
        <translation>新用户？创建账号</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Enter your name.</source>
        <translation>请输入你的名字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your email address, such as ada@example.com.</source>
        <translation>请输入电子邮箱，例如 ada@example.com。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Choose a password of at least %n character(s).</source>
        <translation>
            <numerusform>请设置至少 %n 个字符的密码。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ui::SubscriptionView</name>
    <message>
        <location filename="../ui/commerce/subscription_view.cpp" line="+40"/>
        <source>Checking your subscription…</source>
        <translation>正在查询您的订阅…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel at end of period…</source>
        <translation>到期后不再续订…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A subscription opens every course marked “Included in your subscription” — stream or download them on this device, for as long as the subscription runs. Courses you buy stay yours whatever happens to it. Cancel any time: access lasts until the end of the period you paid for.</source>
        <translation>订阅后，所有标有“订阅内含”的课程都可在本设备上在线观看或下载，订阅有效期内均可使用。单独购买的课程永久归您所有，不受订阅影响。可随时取消：访问权限保留到已付费周期结束。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Plans</source>
        <translation>订阅方案</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sign in to see or start a subscription.</source>
        <translation>登录后即可查看或开通订阅。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Saves %1 against paying monthly</source>
        <translation>比按月付费节省 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subscribed</source>
        <translation>已订阅</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subscribe</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to subscribe.</source>
        <translation>登录后即可订阅。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Renews on %1.</source>
        <translation>将于 %1 自动续订。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: ends on %1. You keep access until then.</source>
        <translation>已取消续订：将于 %1 到期，在此之前仍可访问。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your subscription has ended</source>
        <translation>您的订阅已结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ended on %2.</source>
        <translation>%1 已于 %2 结束。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You don&apos;t have a subscription</source>
        <translation>您还没有订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses you buy are yours to keep; a subscription adds the whole subscription library.</source>
        <translation>购买的课程永久归您所有；订阅则可使用整个订阅课程库。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>Cancel subscription</source>
        <translation>取消订阅</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Stop renewing your subscription? You keep access until %1; nothing is refunded.</source>
        <translation>要停止自动续订吗？您在 %1 之前仍可访问，已付费用不予退还。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep subscription</source>
        <translation>保留订阅</translation>
    </message>
</context>
<context>
    <name>lectern::ui::SyllabusModel</name>
    <message numerus="yes">
        <location filename="../ui/course/syllabus_model.cpp" line="+110"/>
        <source>%Ln lesson(s) · %1</source>
        <translation>
            <numerusform>%Ln 节课 · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Section %1: %2, %n lesson(s)</source>
        <translation>
            <numerusform>第 %1 章：%2，%n 节课</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Free preview</source>
        <translation>免费试看</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2, %3%4</source>
        <translation>%1，%2，%3%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, free preview</source>
        <translation>，可免费试看</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lesson</source>
        <translation>课时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>试看</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>时长</translation>
    </message>
</context>
<context>
    <name>lectern::ui::SyncService</name>
    <message>
        <location filename="../ui/services/sync_service.cpp" line="+401"/>
        <source>Lectern on %1</source>
        <translation>%1 上的 Lectern</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+89"/>
        <source>Lectern: browse, buy and study courses, online or offline.</source>
        <translation>Lectern：浏览、购买课程，在线或离线学习。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep the library, downloads and settings in &lt;dir&gt;.</source>
        <translation>将资料库、下载内容和设置保存在 &lt;dir&gt; 中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the language &lt;lang&gt;: zh_CN or en.</source>
        <translation>使用界面语言 &lt;lang&gt;：zh_CN 或 en。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lang</source>
        <translation>lang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the time to the first paint of the window and quit.</source>
        <translation>输出窗口首次绘制所用的时间，然后退出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect to the Lectern server at &lt;url&gt; (default: the saved one, or %1).</source>
        <translation>连接位于 &lt;url&gt; 的 Lectern 服务器（默认：上次保存的地址，或 %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>网址</translation>
    </message>
</context>
</TS>
