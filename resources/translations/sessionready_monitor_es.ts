<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>CLI</name>
        <message>
            <source>{time} [ok] {problem}: back to normal</source>
            <translation>{time} [ok] {problem}: todo normal otra vez</translation>
        </message>
        <message>
            <source>Watched {samples} samples. {summary}</source>
            <translation>Se tomaron {samples} muestras. {summary}</translation>
        </message>
        <message>
            <source>Watching the connection to {host} every {seconds:g} s …</source>
            <translation>Vigilando la conexión con {host} cada {seconds:g} s …</translation>
        </message>
    </context>
    <context>
        <name>Monitor</name>
        <message>
            <source>Your internet connection dropped</source>
            <translation>Se cortó su conexión a internet</translation>
        </message>
        <message>
            <source>Your session may freeze or stop. You can join by phone.</source>
            <translation>Su sesión puede congelarse o cortarse. Puede entrar por teléfono.</translation>
        </message>
        <message>
            <source>Your internet is slow right now</source>
            <translation>Su internet está lento ahora mismo</translation>
        </message>
        <message>
            <source>Video and sound in your session may lag or freeze.</source>
            <translation>El video y el sonido de su sesión pueden retrasarse o congelarse.</translation>
        </message>
        <message>
            <source>Your connection is losing data</source>
            <translation>Su conexión está perdiendo datos</translation>
        </message>
        <message>
            <source>Sound and video in your session may break up.</source>
            <translation>El sonido y el video de su sesión pueden entrecortarse.</translation>
        </message>
        <message>
            <source>Your battery is running low</source>
            <translation>Su batería se está agotando</translation>
        </message>
        <message>
            <source>It may run out before your session ends.</source>
            <translation>Puede acabarse antes de que termine su sesión.</translation>
        </message>
        <message>
            <source>Connection lost</source>
            <translation>Conexión perdida</translation>
        </message>
        <message>
            <source>Slow connection</source>
            <translation>Conexión lenta</translation>
        </message>
        <message>
            <source>Data lost</source>
            <translation>Datos perdidos</translation>
        </message>
        <message>
            <source>Weak Wi-Fi signal</source>
            <translation>Señal de Wi-Fi débil</translation>
        </message>
        <message>
            <source>Other apps using the connection</source>
            <translation>Otras aplicaciones usando la conexión</translation>
        </message>
        <message>
            <source>Battery low</source>
            <translation>Batería baja</translation>
        </message>
        <message>
            <source>A VPN connected</source>
            <translation>Se conectó una VPN</translation>
        </message>
        <message>
            <source>A VPN disconnected</source>
            <translation>Se desconectó una VPN</translation>
        </message>
        <message>
            <source>Other apps on this computer are using a lot of data.</source>
            <translation>Otras aplicaciones de esta computadora están usando muchos datos.</translation>
        </message>
        <message>
            <source>Join by phone</source>
            <translation>Entrar por teléfono</translation>
        </message>
        <message>
            <source>Plug in your charger</source>
            <translation>Conecte su cargador</translation>
        </message>
        <message>
            <source>Pause other downloads</source>
            <translation>Pause otras descargas</translation>
        </message>
        <message>
            <source>Connection lost at {time}, for {duration}</source>
            <translation>Conexión perdida a las {time}, durante {duration}</translation>
        </message>
        <message>
            <source>Connection lost at {time}, until the end</source>
            <translation>Conexión perdida a las {time}, hasta el final</translation>
        </message>
        <message>
            <source>Round trip above {limit} ms for {duration}, from {time}</source>
            <translation>Ida y vuelta de más de {limit} ms durante {duration}, desde las {time}</translation>
        </message>
        <message>
            <source>Round trip above {limit} ms from {time} until the end</source>
            <translation>Ida y vuelta de más de {limit} ms desde las {time} hasta el final</translation>
        </message>
        <message>
            <source>Data lost ({figure} %) for {duration}, from {time}</source>
            <translation>Datos perdidos ({figure} %) durante {duration}, desde las {time}</translation>
        </message>
        <message>
            <source>Data lost ({figure} %) from {time} until the end</source>
            <translation>Datos perdidos ({figure} %) desde las {time} hasta el final</translation>
        </message>
        <message>
            <source>Wi-Fi signal fell at {time} ({figure} dBm), for {duration}</source>
            <translation>La señal de Wi-Fi bajó a las {time} ({figure} dBm), durante {duration}</translation>
        </message>
        <message>
            <source>Wi-Fi signal fell at {time} ({figure} dBm)</source>
            <translation>La señal de Wi-Fi bajó a las {time} ({figure} dBm)</translation>
        </message>
        <message>
            <source>Other apps used {figure} Mbit/s for {duration}, from {time}</source>
            <translation>Otras aplicaciones usaron {figure} Mbit/s durante {duration}, desde las {time}</translation>
        </message>
        <message>
            <source>Other apps used {figure} Mbit/s from {time} until the end</source>
            <translation>Otras aplicaciones usaron {figure} Mbit/s desde las {time} hasta el final</translation>
        </message>
        <message>
            <source>Battery ran low at {time}; charging after {duration}</source>
            <translation>La batería quedó baja a las {time}; cargando después de {duration}</translation>
        </message>
        <message>
            <source>Battery ran low at {time}</source>
            <translation>La batería quedó baja a las {time}</translation>
        </message>
        <message>
            <source>A VPN connected at {time}</source>
            <translation>Se conectó una VPN a las {time}</translation>
        </message>
        <message>
            <source>A VPN disconnected at {time}</source>
            <translation>Se desconectó una VPN a las {time}</translation>
        </message>
        <message>
            <source>No problems seen</source>
            <translation>No se vieron problemas</translation>
        </message>
        <message>
            <source>under a minute</source>
            <translation>menos de un minuto</translation>
        </message>
        <message>
            <source>{n} min</source>
            <translation>{n} min</translation>
        </message>
        <message>
            <source>{h} h {m} min</source>
            <translation>{h} h {m} min</translation>
        </message>
    </context>
    <context>
        <name>MonitorNotices</name>
        <message>
            <source>Call {number} to join your session by phone.</source>
            <translation>Llame al {number} para entrar a su sesión por teléfono.</translation>
        </message>
        <message>
            <source>Ask your program for the number to join your session by phone.</source>
            <translation>Pida a su programa el número para entrar a su sesión por teléfono.</translation>
        </message>
        <message>
            <source>Join by phone</source>
            <translation>Entrar por teléfono</translation>
        </message>
        <message>
            <source>&amp;Copy number</source>
            <translation>&amp;Copiar el número</translation>
        </message>
    </context>
    <context>
        <name>MonitorSettings</name>
        <message>
            <source>Check my internet and battery by itself at the reminder</source>
            <translation>Revisar mi internet y mi batería por sí solo al recordarme la sesión</translation>
        </message>
        <message>
            <source>Also on a metered connection (the speed test uses some data)</source>
            <translation>También con una conexión de datos medidos (la prueba de velocidad usa algunos datos)</translation>
        </message>
        <message>
            <source>Watch my connection and battery during a session, and warn me</source>
            <translation>Vigilar mi conexión y mi batería durante la sesión, y avisarme</translation>
        </message>
    </context>
    <context>
        <name>PreCheck</name>
        <message>
            <source>Your internet looks good.</source>
            <translation>Su internet se ve bien.</translation>
        </message>
        <message>
            <source>Your internet is slow right now — join by phone: {phone}</source>
            <translation>Su internet está lento ahora mismo — entre por teléfono: {phone}</translation>
        </message>
        <message>
            <source>Your internet is slow right now. Check your setup before you join.</source>
            <translation>Su internet está lento ahora mismo. Revise su equipo antes de entrar.</translation>
        </message>
        <message>
            <source>Plug in your charger before your session.</source>
            <translation>Conecte su cargador antes de su sesión.</translation>
        </message>
    </context>
    <context>
        <name>SessionTimeline</name>
        <message>
            <source>Your last session</source>
            <translation>Su última sesión</translation>
        </message>
        <message>
            <source>No session has been watched yet.</source>
            <translation>Todavía no se ha vigilado ninguna sesión.</translation>
        </message>
        <message>
            <source>Watched from {start} to {end}.</source>
            <translation>Vigilada desde las {start} hasta las {end}.</translation>
        </message>
        <message>
            <source>No problems seen.</source>
            <translation>No se vieron problemas.</translation>
        </message>
    </context>
</TS>
