import { createServer, type Server, type Socket } from 'node:net';

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The message as sent: headers, a blank line, the body (quoted-printable or 8bit as the client chose). */
  data: string;
}

/**
 * A minimal SMTP server on a free local port (RFC 5321's plain dialogue: no TLS, no auth), so a
 * test can see what the API really sends through SMTP. `failNext` makes the next DATA fail with 451.
 */
export async function startSmtpServer(): Promise<{ url: string; received: ReceivedMail[]; failNext: (count: number) => void; close: () => Promise<void> }> {
  const received: ReceivedMail[] = [];
  let failures = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let mail: ReceivedMail = { from: '', to: [], data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 localhost test SMTP');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\r\n'); end !== -1; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            if (failures > 0) {
              failures -= 1;
              reply('451 try again later');
            } else {
              received.push(mail);
              reply('250 queued');
            }
            mail = { from: '', to: [], data: '' };
          } else {
            mail.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          }
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'MAIL') mail.from = line.slice(10).replace(/[<>]/g, '').split(' ')[0];
        if (command === 'RCPT') mail.to.push(line.slice(8).replace(/[<>]/g, ''));
        if (command === 'RSET') mail = { from: '', to: [], data: '' };
        if (command === 'DATA') {
          inData = true;
          reply('354 end with <CRLF>.<CRLF>');
        } else if (command === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else {
          reply(command === 'EHLO' || command === 'HELO' ? '250 localhost' : '250 ok');
        }
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    failNext: (count) => (failures = count),
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** The message's text with quoted-printable soft breaks and escapes undone. */
export function decoded(mail: ReceivedMail): string {
  const bytes = mail.data.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}
