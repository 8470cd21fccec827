/** Packaging hardening: electron-builder.yml flips Electron's fuses, read through electron-builder's own mapping. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

describe('electronFuses', () => {
  it('turns off RunAsNode, NODE_OPTIONS and --inspect, and turns on ASAR integrity and OnlyLoadAppFromAsar', async () => {
    const yaml = require('js-yaml') as { load(text: string): { electronFuses?: Record<string, boolean> } };
    const config = yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8'));
    expect(config.electronFuses).toBeDefined();
    // The exact object electron-builder hands @electron/fuses before signing: a misspelt key would
    // be silently dropped here, and the fuse left at Electron's default.
    // Through the package's index: requiring platformPackager first trips a circular import.
    const { PlatformPackager } = require('app-builder-lib') as {
      PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string, unknown>> } };
    };
    const { FuseV1Options, FuseVersion } = require('@electron/fuses') as {
      FuseV1Options: Record<string, string | number>;
      FuseVersion: Record<string, string | number>;
    };
    const wire = await PlatformPackager.prototype.generateFuseConfig.call({}, config.electronFuses);
    expect(wire['version']).toBe(FuseVersion['V1']);
    expect(wire[String(FuseV1Options['RunAsNode'])]).toBe(false);
    expect(wire[String(FuseV1Options['EnableNodeOptionsEnvironmentVariable'])]).toBe(false);
    expect(wire[String(FuseV1Options['EnableNodeCliInspectArguments'])]).toBe(false);
    expect(wire[String(FuseV1Options['EnableEmbeddedAsarIntegrityValidation'])]).toBe(true);
    expect(wire[String(FuseV1Options['OnlyLoadAppFromAsar'])]).toBe(true);
    expect(wire[String(FuseV1Options['GrantFileProtocolExtraPrivileges'])]).toBe(false);
  });

  it('ships the app as an ASAR archive, which OnlyLoadAppFromAsar needs', () => {
    const yaml = require('js-yaml') as { load(text: string): { asar?: boolean } };
    expect(yaml.load(fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')).asar).toBe(true);
  });
});
