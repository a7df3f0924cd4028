<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountText</name>
    <message numerus="yes">
        <location filename="../ui/text/account_text.cpp" line="+13"/>
        <source>in %n second(s)</source>
        <translation>
            <numerusform>in %n second</numerusform>
            <numerusform>in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>email address</source>
        <translation>email address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>display name</source>
        <translation>display name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>device name</source>
        <translation>device name</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot reach the server. Check your network connection and the server address in Settings.</source>
        <translation>Cannot reach the server. Check your network connection and the server address in Settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>The server did not answer in time. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the server broke off. Try again.</source>
        <translation>The connection to the server broke off. Try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s identity could not be verified (its certificate is not trusted).</source>
        <translation>The server&apos;s identity could not be verified (its certificate is not trusted).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong email or password.</source>
        <translation>Wrong email or password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your sign-in has ended. Sign in again to sync your notes and progress; nothing on this computer is lost.</source>
        <translation>Your sign-in has ended. Sign in again to sync your notes and progress; nothing on this computer is lost.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server no longer accepts this sign-in. Please sign in again.</source>
        <translation>The server no longer accepts this sign-in. Please sign in again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your account is not allowed to do this.</source>
        <translation>Your account is not allowed to do this.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not know this request. Check the server address in Settings.</source>
        <translation>The server does not know this request. Check the server address in Settings.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An account with this email address already exists. Sign in instead.</source>
        <translation>An account with this email address already exists. Sign in instead.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This conflicts with something already on the server.</source>
        <translation>This conflicts with something already on the server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many attempts. Try again %1.</source>
        <translation>Too many attempts. Try again %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too many attempts. Wait a few minutes and try again.</source>
        <translation>Too many attempts. Wait a few minutes and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is busy. Try again %1.</source>
        <translation>The server is busy. Try again %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server is busy. Try again in a moment.</source>
        <translation>The server is busy. Try again in a moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server had a problem (error %1). Try again later.</source>
        <translation>The server had a problem (error %1). Try again later.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server asked for a fresh copy of the catalog; it is downloaded again from the start.</source>
        <translation>The server asked for a fresh copy of the catalog; it is downloaded again from the start.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a valid email address.</source>
        <translation>Enter a valid email address.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a password of 8 to 256 characters.</source>
        <translation>Choose a password of 8 to 256 characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a display name.</source>
        <translation>Enter a display name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept the %1.</source>
        <translation>The server did not accept the %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request (%1).</source>
        <translation>The server refused the request (%1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent an answer Lectern cannot read. Check the server address in Settings.</source>
        <translation>The server sent an answer Lectern cannot read. Check the server address in Settings.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lectern could not keep your sign-in on this computer.</source>
        <translation>Lectern could not keep your sign-in on this computer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server address is not valid. Check it in Settings.</source>
        <translation>The server address is not valid. Check it in Settings.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes and progress</source>
        <translation>Notes and progress</translation>
    </message>
</context>
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
    <name>CommerceText</name>
    <message>
        <location filename="../ui/commerce/commerce_text.cpp" line="+34"/>
        <source>Awaiting payment</source>
        <translation>Awaiting payment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Monthly subscription</source>
        <translation>Monthly subscription</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly subscription</source>
        <translation>Yearly subscription</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 a month</source>
        <translation>%1 a month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 a year</source>
        <translation>%1 a year</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Payment received. Thank you!</source>
        <translation>Payment received. Thank you!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your card was declined. Nothing was charged: try another card.</source>
        <translation>Your card was declined. Nothing was charged: try another card.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The card has insufficient funds. Nothing was charged: try another card.</source>
        <translation>The card has insufficient funds. Nothing was charged: try another card.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no coupon with this code. Check the spelling.</source>
        <translation>There is no coupon with this code. Check the spelling.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This coupon has expired and can no longer be used.</source>
        <translation>This coupon has expired and can no longer be used.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This coupon has been used up.</source>
        <translation>This coupon has been used up.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This coupon does not apply to these courses.</source>
        <translation>This coupon does not apply to these courses.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You already own this, or your subscription is still running. Nothing was charged.</source>
        <translation>You already own this, or your subscription is still running. Nothing was charged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This course is not on sale on the server (it may have been withdrawn, or it is not free).</source>
        <translation>This course is not on sale on the server (it may have been withdrawn, or it is not free).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing left to buy: you own everything in it.</source>
        <translation>There is nothing left to buy: you own everything in it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This order was refunded and cannot be paid again.</source>
        <translation>This order was refunded and cannot be paid again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We&apos;re checking with the server whether the payment went through. You will not be charged twice.</source>
        <translation>We&apos;re checking with the server whether the payment went through. You will not be charged twice.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server says this order was not paid, and nothing was charged. You can pay again.</source>
        <translation>The server says this order was not paid, and nothing was charged. You can pay again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The purchase did not go through.</source>
        <translation>The purchase did not go through.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in to buy courses and see your purchases.</source>
        <translation>Sign in to buy courses and see your purchases.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lectern could not reach the server. Check your connection and try again.</source>
        <translation>Lectern could not reach the server. Check your connection and try again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused: %1</source>
        <translation>The server refused: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the request.</source>
        <translation>The server refused the request.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s signing key has changed, so your purchases could not be confirmed. Contact the server&apos;s administrator.</source>
        <translation>The server&apos;s signing key has changed, so your purchases could not be confirmed. Contact the server&apos;s administrator.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in once while online to confirm your purchases.</source>
        <translation>Sign in once while online to confirm your purchases.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lectern could not read or write its database on this computer.</source>
        <translation>Lectern could not read or write its database on this computer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This order cannot be refunded.</source>
        <translation>This order cannot be refunded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This order cannot be refunded. The server says: “%1”</source>
        <translation>This order cannot be refunded. The server says: “%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This server uses the sandbox payment provider: no real money moves. Test cards:
4242 4242 4242 4242 — payment succeeds
4000 0000 0000 0002 — card declined
4000 0000 0000 9995 — insufficient funds</source>
        <translation>This server uses the sandbox payment provider: no real money moves. Test cards:
4242 4242 4242 4242 — payment succeeds
4000 0000 0000 0002 — card declined
4000 0000 0000 9995 — insufficient funds</translation>
    </message>
</context>
<context>
    <name>DownloadedMediaLocator</name>
    <message>
        <location filename="../ui/player/downloaded_media_locator.cpp" line="+76"/>
        <source>This lesson is part of a paid course. Buy the course (or subscribe, when the course is included) to study it; your download stays on this device.</source>
        <translation>This lesson is part of a paid course. Buy the course (or subscribe, when the course is included) to study it; your download stays on this device.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have been offline for too long to keep studying paid lessons. Connect to the internet once to renew your access — nothing needs to be downloaded again.</source>
        <translation>You have been offline for too long to keep studying paid lessons. Connect to the internet once to renew your access — nothing needs to be downloaded again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your subscription ended on %1. Renew it to continue; your downloads are kept.</source>
        <translation>Your subscription ended on %1. Renew it to continue; your downloads are kept.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your subscription has ended. Renew it to continue; your downloads are kept.</source>
        <translation>Your subscription has ended. Renew it to continue; your downloads are kept.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This course was refunded, so it is no longer yours to study.</source>
        <translation>This course was refunded, so it is no longer yours to study.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer&apos;s clock is behind the time Lectern last saw. Set the correct date and time, then open the lesson again.</source>
        <translation>This computer&apos;s clock is behind the time Lectern last saw. Set the correct date and time, then open the lesson again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This course is no longer in the catalog.</source>
        <translation>This course is no longer in the catalog.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>This lesson is still downloading. It plays as soon as the download finishes.</source>
        <translation>This lesson is still downloading. It plays as soon as the download finishes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download this lesson to study it offline.</source>
        <translation>Download this lesson to study it offline.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The downloaded file is gone. Download it again.</source>
        <translation>The downloaded file is gone. Download it again.</translation>
    </message>
</context>
<context>
    <name>MediaText</name>
    <message>
        <location filename="../ui/text/media_text.cpp" line="+28"/>
        <source>Waiting until idle, %1% downloaded</source>
        <translation>Waiting until idle, %1% downloaded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting until idle</source>
        <translation>Waiting until idle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting to retry: %1</source>
        <translation>Waiting to retry: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued at %1%</source>
        <translation>Queued at %1%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading %1% · %2 of %3</source>
        <translation>Downloading %1% · %2 of %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused at %1%</source>
        <translation>Paused at %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downloaded</source>
        <translation>Downloaded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file could not be read or written.</source>
        <translation>the file could not be read or written.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not enough free disk space (or over your storage limit). Free some space and retry.</source>
        <translation>not enough free disk space (or over your storage limit). Free some space and retry.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the download was damaged; it will be fetched again.</source>
        <translation>the download was damaged; it will be fetched again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this file was downloaded on another device or profile; download it again here.</source>
        <translation>this file was downloaded on another device or profile; download it again here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this lesson has no downloadable media.</source>
        <translation>this lesson has no downloadable media.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you don&apos;t have access to this lesson. Sign in, or buy the course to download it.</source>
        <translation>you don&apos;t have access to this lesson. Sign in, or buy the course to download it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server could not be reached. It will retry.</source>
        <translation>the server could not be reached. It will retry.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled.</source>
        <translation>cancelled.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this is not a Lectern media file.</source>
        <translation>this is not a Lectern media file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>something went wrong.</source>
        <translation>something went wrong.</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../ui/commerce/receipt.cpp" line="+31"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount (coupon %1)</source>
        <translation>Discount (coupon %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Placed</source>
        <translation>Placed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts are as charged by the server. Keep this receipt for your records.</source>
        <translation>Amounts are as charged by the server. Keep this receipt for your records.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Lectern receipt %1</source>
        <translation>Lectern receipt %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
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
    <name>lectern::ui::AccountButton</name>
    <message>
        <location filename="../ui/account/account_button.cpp" line="+20"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1 until Lectern quits</source>
        <translation>Signed in as %1 until Lectern quits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server ended your sign-in. Your notes and progress stay on this computer until you sign in again.</source>
        <translation>The server ended your sign-in. Your notes and progress stay on this computer until you sign in again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to sync your notes and progress. Browsing and studying work without an account.</source>
        <translation>Sign in to sync your notes and progress. Browsing and studying work without an account.</translation>
    </message>
</context>
<context>
    <name>lectern::ui::CartDialog</name>
    <message>
        <location filename="../ui/commerce/cart_dialog.cpp" line="+31"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checkout</source>
        <translation>Checkout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your cart</source>
        <translation>Your cart</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Coupon code</source>
        <translation>Coupon code</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Your cart is empty</source>
        <translation>Your cart is empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add courses to the cart from their pages to buy several at once.</source>
        <translation>Add courses to the cart from their pages to buy several at once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse courses</source>
        <translation>Browse courses</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A course no longer in the catalog</source>
        <translation>A course no longer in the catalog</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+9"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Asking the server for the price…</source>
        <translation>Asking the server for the price…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Coupon %1 applied.</source>
        <translation>Coupon %1 applied.</translation>
    </message>
</context>
<context>
    <name>lectern::ui::CheckoutDialog</name>
    <message>
        <location filename="../ui/commerce/checkout_dialog.cpp" line="+45"/>
        <source>You save %1 with coupon %2</source>
        <translation>You save %1 with coupon %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You save %1</source>
        <translation>You save %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Checkout</source>
        <translation>Checkout</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review and pay</source>
        <translation>Review and pay</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Coupon code (optional)</source>
        <translation>Coupon code (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+22"/>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+188"/>
        <source>Pay</source>
        <translation>Pay</translation>
    </message>
    <message>
        <location line="-184"/>
        <location line="+165"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Getting the price from the server…</source>
        <translation>Getting the price from the server…</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+128"/>
        <source>Paying…</source>
        <translation>Paying…</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>You&apos;re enrolled</source>
        <translation>You&apos;re enrolled</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment received</source>
        <translation>Payment received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is now in My Learning.</source>
        <translation>%1 is now in My Learning.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thank you! %1 is now yours, in My Learning.</source>
        <translation>Thank you! %1 is now yours, in My Learning.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was charged. The receipt is under My Learning → Orders.</source>
        <translation>%1 was charged. The receipt is under My Learning → Orders.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay %1</source>
        <translation>Pay %1</translation>
    </message>
</context>
<context>
    <name>lectern::ui::CourseCardDelegate</name>
    <message>
        <location filename="../ui/discover/course_card_delegate.cpp" line="+197"/>
        <source>Owned</source>
        <translation>Owned</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In subscription</source>
        <translation>In subscription</translation>
    </message>
    <message>
        <location line="+44"/>
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
        <location filename="../ui/course/course_page.cpp" line="+74"/>
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
        <location line="+23"/>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the player at the lesson you were on</source>
        <translation>Open the player at the lesson you were on</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+55"/>
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
        <location line="+49"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+10"/>
        <source>%Ln lesson(s)</source>
        <translation>
            <numerusform>%Ln lesson</numerusform>
            <numerusform>%Ln lessons</numerusform>
        </translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Taught in %1</source>
        <translation>Taught in %1</translation>
    </message>
    <message>
        <location line="+116"/>
        <location line="+138"/>
        <source>Download course</source>
        <translation>Download course</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Download every lesson to study without a network</source>
        <translation>Download every lesson to study without a network</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Added to your cart. Open it from My Learning to buy several courses at once.</source>
        <translation>Added to your cart. Open it from My Learning to buy several courses at once.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Queued. “Download only when idle” is on, so it starts once you step away; see Downloads.</source>
        <translation>Queued. “Download only when idle” is on, so it starts once you step away; see Downloads.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading. Follow its progress under Downloads.</source>
        <translation>Downloading. Follow its progress under Downloads.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Owned</source>
        <translation>Owned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Included in your subscription</source>
        <translation>Included in your subscription</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchases need a connection to the Lectern server.</source>
        <translation>Purchases need a connection to the Lectern server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this free course to My Learning</source>
        <translation>Add this free course to My Learning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pay for this course and keep it</source>
        <translation>Pay for this course and keep it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove from cart</source>
        <translation>Remove from cart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to cart</source>
        <translation>Add to cart</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove from wishlist</source>
        <translation>Remove from wishlist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add to wishlist</source>
        <translation>Add to wishlist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download queued</source>
        <translation>Download queued</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloads start once Lectern is connected to the server.</source>
        <translation>Downloads start once Lectern is connected to the server.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in (bottom right) to buy or enrol; your purchases follow you to every device.</source>
        <translation>Sign in (bottom right) to buy or enrol; your purchases follow you to every device.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>You&apos;re enrolled. The course is in My Learning.</source>
        <translation>You&apos;re enrolled. The course is in My Learning.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Enrol for free</source>
        <translation>Enrol for free</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buy course</source>
        <translation>Buy course</translation>
    </message>
    <message numerus="yes">
        <location line="-227"/>
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
        <location line="+125"/>
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
    <name>lectern::ui::DownloadsPage</name>
    <message>
        <location filename="../ui/downloads/downloads_page.cpp" line="+38"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download only when idle</source>
        <translation>Download only when idle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Storage limit</source>
        <translation>Storage limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No storage limit</source>
        <translation>No storage limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+122"/>
        <source>Limit: %1</source>
        <translation>Limit: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-120"/>
        <source>Queued downloads start once you have not used Lectern for %n minute(s) or its window is minimised; a lesson you open to play downloads right away.</source>
        <translation>
            <numerusform>Queued downloads start once you have not used Lectern for %n minute or its window is minimised; a lesson you open to play downloads right away.</numerusform>
            <numerusform>Queued downloads start once you have not used Lectern for %n minutes or its window is minimised; a lesson you open to play downloads right away.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No downloads yet</source>
        <translation>No downloads yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download a lesson or a whole course from its page to study it without a network. Downloads are stored encrypted and play only on this device.</source>
        <translation>Download a lesson or a whole course from its page to study it without a network. Downloads are stored encrypted and play only on this device.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse courses</source>
        <translation>Browse courses</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Delete %n downloaded lesson(s) from this device?</source>
        <translation>
            <numerusform>Delete %n downloaded lesson from this device?</numerusform>
            <numerusform>Delete %n downloaded lessons from this device?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete every download of %n course(s) from this device?</source>
        <translation>
            <numerusform>Delete every download of %n course from this device?</numerusform>
            <numerusform>Delete every download of %n courses from this device?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete downloads</source>
        <translation>Delete downloads</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Could not do that: %1</source>
        <translation>Could not do that: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Lesson no longer in the catalog</source>
        <translation>Lesson no longer in the catalog</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Course no longer in the catalog</source>
        <translation>Course no longer in the catalog</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 of %n lesson(s) downloaded</source>
        <translation>
            <numerusform>%1 of %n lesson downloaded</numerusform>
            <numerusform>%1 of %n lessons downloaded</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 used of %2</source>
        <translation>%1 used of %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 used</source>
        <translation>%1 used</translation>
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
        <translation>completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1% watched</source>
        <translation>%1% watched</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson %1: %2, %3, %4</source>
        <translation>Lesson %1: %2, %3, %4</translation>
    </message>
</context>
<context>
    <name>lectern::ui::MainWindow</name>
    <message>
        <location filename="../ui/shell/main_window.cpp" line="+65"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Discover</source>
        <translation>Discover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My Learning</source>
        <translation>My Learning</translation>
    </message>
    <message>
        <location line="+192"/>
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
        <location line="-178"/>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>No downloads yet</source>
        <translation>No downloads yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons you download for offline study appear here, with their size and download progress.</source>
        <translation>Lessons you download for offline study appear here, with their size and download progress.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+276"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-275"/>
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
        <location line="+10"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message numerus="yes">
        <location line="+333"/>
        <location line="+6"/>
        <source>%Ln course(s) in the catalog</source>
        <translation>
            <numerusform>%Ln course in the catalog</numerusform>
            <numerusform>%Ln courses in the catalog</numerusform>
        </translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Last synced at %1.</source>
        <translation>Last synced at %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Syncing with %1…</source>
        <translation>Syncing with %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Syncing: %n page(s) received</source>
        <translation>
            <numerusform>Syncing: %n page received</numerusform>
            <numerusform>Syncing: %n pages received</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bringing the catalog up to date from %1. Courses updated so far: %2.</source>
        <translation>Bringing the catalog up to date from %1. Courses updated so far: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Synced at %1</source>
        <translation>Synced at %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up to date with %1. Lectern syncs every few minutes.</source>
        <translation>Up to date with %1. Lectern syncs every few minutes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Offline (next try %1)</source>
        <translation>Offline (next try %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync failed (next try %1)</source>
        <translation>Sync failed (next try %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details are in Settings, under Sync details.</source>
        <translation>Details are in Settings, under Sync details.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking %1…</source>
        <translation>Programming&lt;/source&gt;
        &lt;translation&gt;Programming&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Data &amp; AI&lt;/source&gt;
        &lt;translation&gt;Data &amp; AI&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Design&lt;/source&gt;
        &lt;translation&gt;Design&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Languages&lt;/source&gt;
        &lt;translation&gt;Languages&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Business&lt;/source&gt;
        &lt;translation&gt;Business&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Music&lt;/source&gt;
        &lt;translation&gt;Music&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Photography&lt;/source&gt;
        &lt;translation&gt;Photography&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Exam prep&lt;/source&gt;
        &lt;translation&gt;Exam prep&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Personal growth&lt;/source&gt;
        &lt;translation&gt;Personal growth&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+8&quot;/&gt;
        &lt;source&gt;Beginner&lt;/source&gt;
        &lt;translation&gt;Beginner&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Intermediate&lt;/source&gt;
        &lt;translation&gt;Intermediate&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Advanced&lt;/source&gt;
        &lt;translation&gt;Advanced&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;All levels&lt;/source&gt;
        &lt;translation&gt;All levels&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+8&quot;/&gt;
        &lt;source&gt;Chinese&lt;/source&gt;
        &lt;translation&gt;Chinese&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;English&lt;/source&gt;
        &lt;translation&gt;English&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+7&quot;/&gt;
        &lt;source&gt;Video&lt;/source&gt;
        &lt;translation&gt;Video&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Audio&lt;/source&gt;
        &lt;translation&gt;Audio&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Article&lt;/source&gt;
        &lt;translation&gt;Article&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Quiz&lt;/source&gt;
        &lt;translation&gt;Quiz&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+8&quot;/&gt;
        &lt;source&gt;Free&lt;/source&gt;
        &lt;translation&gt;Free&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+16&quot;/&gt;
        &lt;source&gt;Owned&lt;/source&gt;
        &lt;translation&gt;Owned&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+6&quot;/&gt;
        &lt;source&gt;%1 s&lt;/source&gt;
        &lt;translation&gt;%1 s&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+3&quot;/&gt;
        &lt;source&gt;%1 min&lt;/source&gt;
        &lt;translation&gt;%1 min&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+4&quot;/&gt;
        &lt;source&gt;%1 h&lt;/source&gt;
        &lt;translation&gt;%1 h&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;%1 h %2 min&lt;/source&gt;
        &lt;translation&gt;%1 h %2 min&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+22&quot;/&gt;
        &lt;source&gt;A file could not be read or written.&lt;/source&gt;
        &lt;translation&gt;A file could not be read or written.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;The local library could not be read.&lt;/source&gt;
        &lt;translation&gt;The local library could not be read.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;The local library is busy. Another Lectern window may be using it; try again in a moment.&lt;/source&gt;
        &lt;translation&gt;The local library is busy. Another Lectern window may be using it; try again in a moment.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;This data folder was created by a newer version of Lectern.&lt;/source&gt;
        &lt;translation&gt;This data folder was created by a newer version of Lectern.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;The item could not be found.&lt;/source&gt;
        &lt;translation&gt;The item could not be found.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;The request was not valid.&lt;/source&gt;
        &lt;translation&gt;The request was not valid.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;The catalog data is damaged or in an unknown format.&lt;/source&gt;
        &lt;translation&gt;The catalog data is damaged or in an unknown format.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Something went wrong.&lt;/source&gt;
        &lt;translation&gt;Something went wrong.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+7&quot;/&gt;
        &lt;source&gt;This data folder was created by a newer version of Lectern, so this version cannot open it without risking your notes and progress. Nothing in it was changed.

Install the newer version of Lectern, or start this one with a different data folder (--data-dir).

Data folder: %1&lt;/source&gt;
        &lt;translation&gt;This data folder was created by a newer version of Lectern, so this version cannot open it without risking your notes and progress. Nothing in it was changed.

Install the newer version of Lectern, or start this one with a different data folder (--data-dir).

Data folder: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+6&quot;/&gt;
        &lt;source&gt;Your library is in use by another program, probably another Lectern window. Close it and start Lectern again.

Data folder: %1&lt;/source&gt;
        &lt;translation&gt;Your library is in use by another program, probably another Lectern window. Close it and start Lectern again.

Data folder: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+4&quot;/&gt;
        &lt;source&gt;Lectern cannot read or write its data folder. Check that the folder exists, that you may write to it and that the disk is not full.

Data folder: %1&lt;/source&gt;
        &lt;translation&gt;Lectern cannot read or write its data folder. Check that the folder exists, that you may write to it and that the disk is not full.

Data folder: %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+8&quot;/&gt;
        &lt;source&gt;Lectern could not open your library. The file may be damaged.

Data folder: %1&lt;/source&gt;
        &lt;translation&gt;Lectern could not open your library. The file may be damaged.

Data folder: %1&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;StartupError&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../ui/shell/startup_error.cpp&quot; line=&quot;+15&quot;/&gt;
        &lt;source&gt;Lectern cannot start&lt;/source&gt;
        &lt;translation&gt;Lectern cannot start&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Lectern could not open your library.&lt;/source&gt;
        &lt;translation&gt;Lectern could not open your library.&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;lectern::ui::CourseCardDelegate&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../ui/discover/course_card_delegate.cpp&quot; line=&quot;+230&quot;/&gt;
        &lt;source&gt;No ratings yet&lt;/source&gt;
        &lt;translation&gt;No ratings yet&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;lectern::ui::CourseGridModel&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../ui/discover/course_grid_model.cpp&quot; line=&quot;+147&quot;/&gt;
        &lt;source&gt;Loading…&lt;/source&gt;
        &lt;translation&gt;Loading…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+0&quot;/&gt;
        &lt;source&gt;This course is no longer available&lt;/source&gt;
        &lt;translation&gt;This course is no longer available&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+8&quot;/&gt;
        &lt;source&gt;%1, by %2, %3&lt;/source&gt;
        &lt;translation&gt;%1, by %2, %3&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;lectern::ui::CoursePage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../ui/course/course_page.cpp&quot; line=&quot;+70&quot;/&gt;
        &lt;source&gt;Discover&lt;/source&gt;
        &lt;translation&gt;Discover&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Back to Discover (Esc)&lt;/source&gt;
        &lt;translation&gt;Back to Discover (Esc)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Back to Discover&lt;/source&gt;
        &lt;translation&gt;Back to Discover&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+21&quot;/&gt;
        &lt;source&gt;Purchasing is not available yet in this version of Lectern.&lt;/source&gt;
        &lt;translation&gt;Purchasing is not available yet in this version of Lectern.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+5&quot;/&gt;
        &lt;source&gt;Purchasing is not available yet in this version.&lt;/source&gt;
        &lt;translation&gt;Purchasing is not available yet in this version.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+9&quot;/&gt;
        &lt;location line=&quot;+53&quot;/&gt;
        &lt;source&gt;Course content&lt;/source&gt;
        &lt;translation&gt;Course content&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;-3&quot;/&gt;
        &lt;source&gt;About this course&lt;/source&gt;
        &lt;translation&gt;About this course&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+7&quot;/&gt;
        &lt;source&gt;About the instructor&lt;/source&gt;
        &lt;translation&gt;About the instructor&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+3&quot;/&gt;
        &lt;source&gt;Tags&lt;/source&gt;
        &lt;translation&gt;Tags&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+60&quot;/&gt;
        &lt;source&gt;This course is no longer available&lt;/source&gt;
        &lt;translation&gt;This course is no longer available&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;It may have been withdrawn by its instructor. Go back to Discover to find another.&lt;/source&gt;
        &lt;translation&gt;It may have been withdrawn by its instructor. Go back to Discover to find another.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+15&quot;/&gt;
        &lt;source&gt;This course could not be opened&lt;/source&gt;
        &lt;translation&gt;This course could not be opened&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+18&quot;/&gt;
        &lt;source&gt;Taught by %1&lt;/source&gt;
        &lt;translation&gt;Taught by %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Taught by %1 · %2&lt;/source&gt;
        &lt;translation&gt;Taught by %1 · %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location line=&quot;+10&quot;/&gt;
        &lt;source&gt;(%Ln rating(s))&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;(%Ln rating)&lt;/numerusform&gt;
            &lt;numerusform&gt;(%Ln ratings)&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;location line=&quot;+4&quot;/&gt;
        &lt;source&gt;%Ln student(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln student&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln students&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;-3&quot;/&gt;
        &lt;source&gt;Rated %1 out of 5&lt;/source&gt;
        &lt;translation&gt;Rated %1 out of 5&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;No ratings yet&lt;/source&gt;
        &lt;translation&gt;No ratings yet&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+5&quot;/&gt;
        &lt;source&gt;%1 in total&lt;/source&gt;
        &lt;translation&gt;%1 in total&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;location line=&quot;+18&quot;/&gt;
        &lt;source&gt;%Ln lesson(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln lesson&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln lessons&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;-17&quot;/&gt;
        &lt;source&gt;Taught in %1&lt;/source&gt;
        &lt;translation&gt;Taught in %1&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+5&quot;/&gt;
        &lt;source&gt;Start learning&lt;/source&gt;
        &lt;translation&gt;Start learning&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Enrol for free&lt;/source&gt;
        &lt;translation&gt;Enrol for free&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Buy course&lt;/source&gt;
        &lt;translation&gt;Buy course&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location line=&quot;+7&quot;/&gt;
        &lt;source&gt;%Ln section(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln section&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln sections&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;lectern::ui::DiscoverPage&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../ui/discover/discover_page.cpp&quot; line=&quot;+56&quot;/&gt;
        &lt;source&gt;Discover&lt;/source&gt;
        &lt;translation&gt;Discover&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+7&quot;/&gt;
        &lt;source&gt;Search courses, instructors and topics&lt;/source&gt;
        &lt;translation&gt;Search courses, instructors and topics&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Search the catalog&lt;/source&gt;
        &lt;translation&gt;Search the catalog&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+13&quot;/&gt;
        &lt;source&gt;Number of results&lt;/source&gt;
        &lt;translation&gt;Number of results&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+3&quot;/&gt;
        &lt;source&gt;Courses&lt;/source&gt;
        &lt;translation&gt;Courses&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+42&quot;/&gt;
        &lt;source&gt;Sort by:&lt;/source&gt;
        &lt;translation&gt;Sort by:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+41&quot;/&gt;
        &lt;source&gt;Loading the catalog…&lt;/source&gt;
        &lt;translation&gt;Loading the catalog…&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+5&quot;/&gt;
        &lt;source&gt;Category&lt;/source&gt;
        &lt;translation&gt;Category&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;All categories&lt;/source&gt;
        &lt;translation&gt;All categories&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+4&quot;/&gt;
        &lt;source&gt;Level&lt;/source&gt;
        &lt;translation&gt;Level&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Any level&lt;/source&gt;
        &lt;translation&gt;Any level&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+4&quot;/&gt;
        &lt;source&gt;Language&lt;/source&gt;
        &lt;translation&gt;Language&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Any language&lt;/source&gt;
        &lt;translation&gt;Any language&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+4&quot;/&gt;
        &lt;source&gt;Price&lt;/source&gt;
        &lt;translation&gt;Price&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Free and paid&lt;/source&gt;
        &lt;translation&gt;Free and paid&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Free&lt;/source&gt;
        &lt;translation&gt;Free&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Paid&lt;/source&gt;
        &lt;translation&gt;Paid&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Owned&lt;/source&gt;
        &lt;translation&gt;Owned&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+5&quot;/&gt;
        &lt;source&gt;More filters: price range and length&lt;/source&gt;
        &lt;translation&gt;More filters: price range and length&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Price range and course length&lt;/source&gt;
        &lt;translation&gt;Price range and course length&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+4&quot;/&gt;
        &lt;source&gt;Sort order&lt;/source&gt;
        &lt;translation&gt;Sort order&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Best match&lt;/source&gt;
        &lt;translation&gt;Best match&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Highest rated&lt;/source&gt;
        &lt;translation&gt;Highest rated&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Most popular&lt;/source&gt;
        &lt;translation&gt;Most popular&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Newest&lt;/source&gt;
        &lt;translation&gt;Newest&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Price: low to high&lt;/source&gt;
        &lt;translation&gt;Price: low to high&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Price: high to low&lt;/source&gt;
        &lt;translation&gt;Price: high to low&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+16&quot;/&gt;
        &lt;source&gt;More filters (%1)&lt;/source&gt;
        &lt;translation&gt;More filters (%1)&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+0&quot;/&gt;
        &lt;source&gt;More filters&lt;/source&gt;
        &lt;translation&gt;More filters&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+119&quot;/&gt;
        &lt;source&gt;Search is not available right now&lt;/source&gt;
        &lt;translation&gt;Search is not available right now&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location line=&quot;+12&quot;/&gt;
        &lt;source&gt;%Ln course(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln course&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln courses&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;%Ln result(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln result&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln results&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+10&quot;/&gt;
        &lt;source&gt;No courses match “%1”&lt;/source&gt;
        &lt;translation&gt;No courses match “%1”&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Check the spelling, try a shorter or more general word, or clear the filters.&lt;/source&gt;
        &lt;translation&gt;Check the spelling, try a shorter or more general word, or clear the filters.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Check the spelling, or try a shorter or more general word.&lt;/source&gt;
        &lt;translation&gt;Check the spelling, or try a shorter or more general word.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;No courses match these filters&lt;/source&gt;
        &lt;translation&gt;No courses match these filters&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Try another category or level, or widen the price and length ranges.&lt;/source&gt;
        &lt;translation&gt;Try another category or level, or widen the price and length ranges.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;The catalog is empty&lt;/source&gt;
        &lt;translation&gt;The catalog is empty&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Courses appear here once the catalog has been downloaded.&lt;/source&gt;
        &lt;translation&gt;Courses appear here once the catalog has been downloaded.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Clear search and filters&lt;/source&gt;
        &lt;translation&gt;Clear search and filters&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;lectern::ui::FilterPopup&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../ui/discover/filter_popup.cpp&quot; line=&quot;+45&quot;/&gt;
        &lt;source&gt;More filters&lt;/source&gt;
        &lt;translation&gt;More filters&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+7&quot;/&gt;
        &lt;source&gt;No limit&lt;/source&gt;
        &lt;translation&gt;No limit&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+5&quot;/&gt;
        &lt;source&gt;Lowest price&lt;/source&gt;
        &lt;translation&gt;Lowest price&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Highest price&lt;/source&gt;
        &lt;translation&gt;Highest price&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+3&quot;/&gt;
        &lt;source&gt;Course length&lt;/source&gt;
        &lt;translation&gt;Course length&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Any length&lt;/source&gt;
        &lt;translation&gt;Any length&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Under 1 hour&lt;/source&gt;
        &lt;translation&gt;Under 1 hour&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;1 to 3 hours&lt;/source&gt;
        &lt;translation&gt;1 to 3 hours&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;3 to 6 hours&lt;/source&gt;
        &lt;translation&gt;3 to 6 hours&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Over 6 hours&lt;/source&gt;
        &lt;translation&gt;Over 6 hours&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+7&quot;/&gt;
        &lt;source&gt;Reset&lt;/source&gt;
        &lt;translation&gt;Reset&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Done&lt;/source&gt;
        &lt;translation&gt;Done&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+10&quot;/&gt;
        &lt;source&gt;Price:&lt;/source&gt;
        &lt;translation&gt;Price:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Length:&lt;/source&gt;
        &lt;translation&gt;Length:&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;lectern::ui::MainWindow&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../ui/shell/main_window.cpp&quot; line=&quot;+46&quot;/&gt;
        &lt;source&gt;Sections&lt;/source&gt;
        &lt;translation&gt;Sections&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+9&quot;/&gt;
        &lt;source&gt;Discover&lt;/source&gt;
        &lt;translation&gt;Discover&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;My Learning&lt;/source&gt;
        &lt;translation&gt;My Learning&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Your courses will live here&lt;/source&gt;
        &lt;translation&gt;Your courses will live here&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Courses you buy or enrol in appear here with your progress, so you can pick up where you left off.&lt;/source&gt;
        &lt;translation&gt;Courses you buy or enrol in appear here with your progress, so you can pick up where you left off.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Browse courses&lt;/source&gt;
        &lt;translation&gt;Browse courses&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Downloads&lt;/source&gt;
        &lt;translation&gt;Downloads&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;No downloads yet&lt;/source&gt;
        &lt;translation&gt;No downloads yet&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Lessons you download for offline study appear here, with their size and download progress.&lt;/source&gt;
        &lt;translation&gt;Lessons you download for offline study appear here, with their size and download progress.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Notes&lt;/source&gt;
        &lt;translation&gt;Notes&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;No notes yet&lt;/source&gt;
        &lt;translation&gt;No notes yet&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Notes you take while studying appear here, each linked to the moment in the lesson where you wrote it.&lt;/source&gt;
        &lt;translation&gt;Notes you take while studying appear here, each linked to the moment in the lesson where you wrote it.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Authoring&lt;/source&gt;
        &lt;translation&gt;Authoring&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Teach what you know&lt;/source&gt;
        &lt;translation&gt;Teach what you know&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Build a course from your videos, audio and articles here, then send it for review before it is published to the catalog.&lt;/source&gt;
        &lt;translation&gt;Build a course from your videos, audio and articles here, then send it for review before it is published to the catalog.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Settings&lt;/source&gt;
        &lt;translation&gt;Settings&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location line=&quot;+123&quot;/&gt;
        &lt;source&gt;%Ln course(s) in the catalog&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln course in the catalog&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln courses in the catalog&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+68&quot;/&gt;
        &lt;source&gt;Checking %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lectern-server %1 at %2</source>
        <translation>lectern-server %1 at %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Offline: studying from this computer</source>
        <translation>Offline: studying from this computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach %1 (%2). Your catalog, downloads and notes keep working offline.</source>
        <translation>Cannot reach %1 (%2). Your catalog, downloads and notes keep working offline.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 needs a newer Lectern</source>
        <translation>%1 needs a newer Lectern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server speaks a newer API version. Update Lectern to connect.</source>
        <translation>The server speaks a newer API version. Update Lectern to connect.</translation>
    </message>
</context>
<context>
    <name>lectern::ui::MyLearningPage</name>
    <message>
        <location filename="../ui/commerce/my_learning_page.cpp" line="+31"/>
        <source>My Learning</source>
        <translation>My Learning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore purchases</source>
        <translation>Restore purchases</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fetch your purchases and subscription from the server again.</source>
        <translation>Fetch your purchases and subscription from the server again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Your courses will live here</source>
        <translation>Your courses will live here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses you buy or enrol in appear here with your progress, so you can pick up where you left off. Signed in on another computer? Your purchases come back after the next sync.</source>
        <translation>Courses you buy or enrol in appear here with your progress, so you can pick up where you left off. Signed in on another computer? Your purchases come back after the next sync.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse courses</source>
        <translation>Browse courses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription</source>
        <translation>Subscription</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restoring your purchases…</source>
        <translation>Restoring your purchases…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cart</source>
        <translation>Cart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cart (%1)</source>
        <translation>Cart (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A course no longer in the catalog</source>
        <translation>A course no longer in the catalog</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %Ln lesson(s) done</source>
        <translation>
            <numerusform>%1 of %Ln lesson done</numerusform>
            <numerusform>%1 of %Ln lessons done</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owned</source>
        <translation>Owned</translation>
    </message>
</context>
<context>
    <name>lectern::ui::NotesView</name>
    <message>
        <location filename="../ui/notes/notes_view.cpp" line="+123"/>
        <location line="+266"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>Your notes could not be read or saved: %1</source>
        <translation>Your notes could not be read or saved: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>Show %n more</source>
        <translation>
            <numerusform>Show %n more</numerusform>
            <numerusform>Show %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n to review</source>
        <translation>
            <numerusform>%n to review</numerusform>
            <numerusform>%n to review</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No notes match “%1”</source>
        <translation>No notes match “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try other words, or clear the search.</source>
        <translation>Try other words, or clear the search.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No notes for this lesson yet</source>
        <translation>No notes for this lesson yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one above: it is linked to the moment you are at, so a click brings you back there.</source>
        <translation>Write one above: it is linked to the moment you are at, so a click brings you back there.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No notes yet</source>
        <translation>No notes yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes you take while studying appear here, each linked to the moment in the lesson where you wrote it.</source>
        <translation>Notes you take while studying appear here, each linked to the moment in the lesson where you wrote it.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A course no longer in the catalog</source>
        <translation>A course no longer in the catalog</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Play the lesson from here</source>
        <translation>Play the lesson from here</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last changed</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Changed on two devices at once. This is the other version; the note above is the one it diverged from. Keep one of them:</source>
        <translation>Changed on two devices at once. This is the other version; the note above is the one it diverged from. Keep one of them:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Has another version below — review it</source>
        <translation>Has another version below — review it</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Keep this version</source>
        <translation>Keep this version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard this version</source>
        <translation>Discard this version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Delete note</source>
        <translation>Delete note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this note on all your devices?</source>
        <translation>Delete this note on all your devices?</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Linked to %1 in this lesson</source>
        <translation>Linked to %1 in this lesson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to this lesson</source>
        <translation>Linked to this lesson</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Notes for this lesson</source>
        <translation>Notes for this lesson</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Search notes</source>
        <translation>Search notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note…</source>
        <translation>Write a note…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
</context>
<context>
    <name>lectern::ui::OrdersView</name>
    <message>
        <location filename="../ui/commerce/orders_view.cpp" line="+36"/>
        <source>Print receipt…</source>
        <translation>Print receipt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save receipt as PDF…</source>
        <translation>Save receipt as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request refund…</source>
        <translation>Request refund…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No orders yet</source>
        <translation>No orders yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses and subscriptions you buy are listed here, with receipts to print or save.</source>
        <translation>Courses and subscriptions you buy are listed here, with receipts to print or save.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Receipt saved to %1.</source>
        <translation>Receipt saved to %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receipt could not be saved to %1. Choose another folder.</source>
        <translation>The receipt could not be saved to %1. Choose another folder.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save receipt</source>
        <translation>Save receipt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Request a refund</source>
        <translation>Request a refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders can be refunded in full within 7 days of payment, and access to what they bought ends at once. Why are you asking for a refund? (optional)</source>
        <translation>Orders can be refunded in full within 7 days of payment, and access to what they bought ends at once. Why are you asking for a refund? (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asking the server for a refund…</source>
        <translation>Asking the server for a refund…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The order was refunded. Access to what it bought has ended.</source>
        <translation>The order was refunded. Access to what it bought has ended.</translation>
    </message>
</context>
<context>
    <name>lectern::ui::PlayerPage</name>
    <message>
        <location filename="../ui/player/player_page.cpp" line="+101"/>
        <source>Back to the course (Esc)</source>
        <translation>Back to the course (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Preparing the lesson…</source>
        <translation>Preparing the lesson…</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+7"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Previous lesson</source>
        <translation>Previous lesson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back 10 seconds (←; Shift+← 30 seconds)</source>
        <translation>Back 10 seconds (←; Shift+← 30 seconds)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−10 s</source>
        <translation>−10 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+690"/>
        <source>Play (Space)</source>
        <translation>Play (Space)</translation>
    </message>
    <message>
        <location line="-689"/>
        <source>Forward 10 seconds (→; Shift+→ 30 seconds)</source>
        <translation>Forward 10 seconds (→; Shift+→ 30 seconds)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+10 s</source>
        <translation>+10 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next lesson</source>
        <translation>Next lesson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Playback speed ([ slower, ] faster)</source>
        <translation>Playback speed ([ slower, ] faster)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+335"/>
        <source>Subtitles</source>
        <translation>Subtitles</translation>
    </message>
    <message>
        <location line="-334"/>
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+682"/>
        <source>Mute (M)</source>
        <translation>Mute (M)</translation>
    </message>
    <message>
        <location line="-679"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Autoplay</source>
        <translation>Autoplay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play the next lesson when this one ends</source>
        <translation>Play the next lesson when this one ends</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+633"/>
        <source>Full screen (F)</source>
        <translation>Full screen (F)</translation>
    </message>
    <message>
        <location line="-468"/>
        <source>The article is too large to show.</source>
        <translation>The article is too large to show.</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>No subtitles for this lesson</source>
        <translation>No subtitles for this lesson</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>This lesson is not on this computer yet</source>
        <translation>This lesson is not on this computer yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download it to study it here, online or offline.</source>
        <translation>Download it to study it here, online or offline.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download lesson</source>
        <translation>Download lesson</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can&apos;t study this lesson right now</source>
        <translation>You can&apos;t study this lesson right now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renew your purchase or subscription to keep studying this course.</source>
        <translation>Renew your purchase or subscription to keep studying this course.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This lesson&apos;s file is damaged</source>
        <translation>This lesson&apos;s file is damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lectern could not play %1. Download it again to repair it.</source>
        <translation>Lectern could not play %1. Download it again to repair it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download again</source>
        <translation>Download again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lectern could not read this lesson</source>
        <translation>Lectern could not read this lesson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the disk holding your downloads is connected and readable.</source>
        <translation>Check that the disk holding your downloads is connected and readable.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A media plug-in is missing</source>
        <translation>A media plug-in is missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer cannot decode %1. On Debian or Ubuntu, install the packages gstreamer1.0-libav and gstreamer1.0-plugins-good, then open the lesson again.</source>
        <translation>This computer cannot decode %1. On Debian or Ubuntu, install the packages gstreamer1.0-libav and gstreamer1.0-plugins-good, then open the lesson again.</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Leave full screen (F or Esc)</source>
        <translation>Leave full screen (F or Esc)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Pause (Space)</source>
        <translation>Pause (Space)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unmute (M)</source>
        <translation>Unmute (M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Playback speed %1</source>
        <translation>Playback speed %1</translation>
    </message>
</context>
<context>
    <name>lectern::ui::SettingsPage</name>
    <message>
        <location filename="../ui/shell/settings_page.cpp" line="+33"/>
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
    <message>
        <location line="+3"/>
        <source>Server and sync</source>
        <translation>Server and sync</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your sign-in is kept per server.</source>
        <translation>Your sign-in is kept per server.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recent sync errors</source>
        <translation>Recent sync errors</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next try</source>
        <translation>Next try</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No sync problems recently.</source>
        <translation>No sync problems recently.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server address:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync:</source>
        <translation>Sync:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync details</source>
        <translation>Sync details</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Enter an address such as https://lectern.example or http://127.0.0.1:8080.</source>
        <translation>Enter an address such as https://lectern.example or http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already connected to this server.</source>
        <translation>Already connected to this server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to %1. Your sign-in is kept per server.</source>
        <translation>Connecting to %1. Your sign-in is kept per server.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last synced at %1.</source>
        <translation>Last synced at %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced yet.</source>
        <translation>Not synced yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After sign-in</source>
        <translation>After sign-in</translation>
    </message>
</context>
<context>
    <name>lectern::ui::SignInDialog</name>
    <message>
        <location filename="../ui/account/sign_in_dialog.cpp" line="+42"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Remember me on this computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchecked, you are signed out when Lectern quits.</source>
        <translation>Unchecked, you are signed out when Lectern quits.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Create an account</source>
        <translation>Create an account</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Create your Lectern account</source>
        <translation>Create your Lectern account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign in to Lectern</source>
        <translation>Sign in to Lectern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown to instructors and other learners</source>
        <translation>Shown to instructors and other learners</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At least %n character(s)</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating account…</source>
        <translation>Creating account…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I already have an account</source>
        <translation>I already have an account</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New here? Create an account</source>
        <translation>New here? Create an account</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your email address, such as ada@example.com.</source>
        <translation>Enter your email address, such as ada@example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Choose a password of at least %n character(s).</source>
        <translation>
            <numerusform>Choose a password of at least %n character.</numerusform>
            <numerusform>Choose a password of at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lectern::ui::SubscriptionView</name>
    <message>
        <location filename="../ui/commerce/subscription_view.cpp" line="+40"/>
        <source>Checking your subscription…</source>
        <translation>Checking your subscription…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel at end of period…</source>
        <translation>Cancel at end of period…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A subscription opens every course marked “Included in your subscription” — stream or download them on this device, for as long as the subscription runs. Courses you buy stay yours whatever happens to it. Cancel any time: access lasts until the end of the period you paid for.</source>
        <translation>A subscription opens every course marked “Included in your subscription” — stream or download them on this device, for as long as the subscription runs. Courses you buy stay yours whatever happens to it. Cancel any time: access lasts until the end of the period you paid for.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sign in to see or start a subscription.</source>
        <translation>Sign in to see or start a subscription.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Saves %1 against paying monthly</source>
        <translation>Saves %1 against paying monthly</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subscribed</source>
        <translation>Subscribed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subscribe</source>
        <translation>Subscribe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to subscribe.</source>
        <translation>Sign in to subscribe.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Renews on %1.</source>
        <translation>Renews on %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: ends on %1. You keep access until then.</source>
        <translation>Cancelled: ends on %1. You keep access until then.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your subscription has ended</source>
        <translation>Your subscription has ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ended on %2.</source>
        <translation>%1 ended on %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You don&apos;t have a subscription</source>
        <translation>You don&apos;t have a subscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courses you buy are yours to keep; a subscription adds the whole subscription library.</source>
        <translation>Courses you buy are yours to keep; a subscription adds the whole subscription library.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>Cancel subscription</source>
        <translation>Cancel subscription</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Stop renewing your subscription? You keep access until %1; nothing is refunded.</source>
        <translation>Stop renewing your subscription? You keep access until %1; nothing is refunded.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep subscription</source>
        <translation>Keep subscription</translation>
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
    <name>lectern::ui::SyncService</name>
    <message>
        <location filename="../ui/services/sync_service.cpp" line="+401"/>
        <source>Lectern on %1</source>
        <translation>Lectern on %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+89"/>
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
    <message>
        <location line="+3"/>
        <source>Connect to the Lectern server at &lt;url&gt; (default: the saved one, or %1).</source>
        <translation>Settings&lt;/source&gt;
        &lt;translation&gt;Settings&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+7&quot;/&gt;
        &lt;source&gt;Appearance&lt;/source&gt;
        &lt;translation&gt;Appearance&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;location line=&quot;+8&quot;/&gt;
        &lt;source&gt;Same as the system&lt;/source&gt;
        &lt;translation&gt;Same as the system&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;-7&quot;/&gt;
        &lt;source&gt;Light&lt;/source&gt;
        &lt;translation&gt;Light&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Dark&lt;/source&gt;
        &lt;translation&gt;Dark&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+5&quot;/&gt;
        &lt;source&gt;Language&lt;/source&gt;
        &lt;translation&gt;Language&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+8&quot;/&gt;
        &lt;source&gt;A new language takes effect the next time Lectern starts.&lt;/source&gt;
        &lt;translation&gt;A new language takes effect the next time Lectern starts.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+11&quot;/&gt;
        &lt;source&gt;&amp;Appearance:&lt;/source&gt;
        &lt;translation&gt;&amp;Appearance:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;&amp;Language:&lt;/source&gt;
        &lt;translation&gt;&amp;Language:&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Data folder:&lt;/source&gt;
        &lt;translation&gt;Data folder:&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;lectern::ui::SyllabusModel&lt;/name&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location filename=&quot;../ui/course/syllabus_model.cpp&quot; line=&quot;+110&quot;/&gt;
        &lt;source&gt;%Ln lesson(s) · %1&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;%Ln lesson · %1&lt;/numerusform&gt;
            &lt;numerusform&gt;%Ln lessons · %1&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message numerus=&quot;yes&quot;&gt;
        &lt;location line=&quot;+3&quot;/&gt;
        &lt;source&gt;Section %1: %2, %n lesson(s)&lt;/source&gt;
        &lt;translation&gt;
            &lt;numerusform&gt;Section %1: %2, %n lesson&lt;/numerusform&gt;
            &lt;numerusform&gt;Section %1: %2, %n lessons&lt;/numerusform&gt;
        &lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+19&quot;/&gt;
        &lt;source&gt;Free preview&lt;/source&gt;
        &lt;translation&gt;Free preview&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+10&quot;/&gt;
        &lt;source&gt;%1 · %2&lt;/source&gt;
        &lt;translation&gt;%1 · %2&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+3&quot;/&gt;
        &lt;source&gt;%1, %2, %3%4&lt;/source&gt;
        &lt;translation&gt;%1, %2, %3%4&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+3&quot;/&gt;
        &lt;source&gt;, free preview&lt;/source&gt;
        &lt;translation&gt;, free preview&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+12&quot;/&gt;
        &lt;source&gt;Lesson&lt;/source&gt;
        &lt;translation&gt;Lesson&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Preview&lt;/source&gt;
        &lt;translation&gt;Preview&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;Length&lt;/source&gt;
        &lt;translation&gt;Length&lt;/translation&gt;
    &lt;/message&gt;
&lt;/context&gt;
&lt;context&gt;
    &lt;name&gt;main&lt;/name&gt;
    &lt;message&gt;
        &lt;location filename=&quot;../app/gui/main.cpp&quot; line=&quot;+88&quot;/&gt;
        &lt;source&gt;Lectern: browse, buy and study courses, online or offline.&lt;/source&gt;
        &lt;translation&gt;Lectern: browse, buy and study courses, online or offline.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+5&quot;/&gt;
        &lt;source&gt;Keep the library, downloads and settings in &lt;dir&gt;.&lt;/source&gt;
        &lt;translation&gt;Keep the library, downloads and settings in &lt;dir&gt;.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;dir&lt;/source&gt;
        &lt;translation&gt;dir&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+2&quot;/&gt;
        &lt;source&gt;Use the language &lt;lang&gt;: zh_CN or en.&lt;/source&gt;
        &lt;translation&gt;Use the language &lt;lang&gt;: zh_CN or en.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+1&quot;/&gt;
        &lt;source&gt;lang&lt;/source&gt;
        &lt;translation&gt;lang&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+3&quot;/&gt;
        &lt;source&gt;Print the time to the first paint of the window and quit.&lt;/source&gt;
        &lt;translation&gt;Print the time to the first paint of the window and quit.&lt;/translation&gt;
    &lt;/message&gt;
    &lt;message&gt;
        &lt;location line=&quot;+3&quot;/&gt;
        &lt;source&gt;Connect to the Lectern server at &lt;url&gt; (default: the saved one, or %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>url</translation>
    </message>
</context>
</TS>
