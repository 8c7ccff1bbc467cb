import { importSchedule, type ImportInput } from '@/domain/import/import-schedule';
import { parseXmlWithSaxes } from '@/domain/import/parse-xml-with-saxes';
import type { WorkerReply } from './import-in-worker';

// DOMParser does not exist in workers, so XML is read with saxes into a light tree here.
self.onmessage = (event: MessageEvent<ImportInput>) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, result: importSchedule(event.data, { parseXml: parseXmlWithSaxes }) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply);
};
