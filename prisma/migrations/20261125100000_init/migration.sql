-- CreateTable
CREATE TABLE "Device" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Device_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Scenario" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "inputs" JSONB NOT NULL,
    "schemaVersion" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "shareSlug" TEXT,
    "shareRevokedAt" TIMESTAMP(3),
    "forkedFromId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Scenario_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeProfile" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "asOf" DATE NOT NULL,
    "exchange" TEXT NOT NULL,
    "product" TEXT NOT NULL,
    "settlementCurrency" TEXT NOT NULL,
    "instruments" TEXT[],
    "marginModes" TEXT[],
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExchangeProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeTier" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "asset" TEXT NOT NULL,
    "instrument" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "floor" DECIMAL(38,18) NOT NULL,
    "cap" DECIMAL(38,18),
    "maxLeverage" DECIMAL(38,18) NOT NULL,
    "mmr" DECIMAL(38,18) NOT NULL,

    CONSTRAINT "ExchangeTier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeSource" (
    "id" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "asOf" DATE NOT NULL,
    "assumption" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,

    CONSTRAINT "ExchangeSource_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Device_tokenHash_key" ON "Device"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Scenario_shareSlug_key" ON "Scenario"("shareSlug");

-- CreateIndex
CREATE INDEX "Scenario_ownerId_createdAt_id_idx" ON "Scenario"("ownerId", "createdAt" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeProfile_slug_version_key" ON "ExchangeProfile"("slug", "version");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeTier_profileId_asset_instrument_position_key" ON "ExchangeTier"("profileId", "asset", "instrument", "position");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeSource_profileId_field_key" ON "ExchangeSource"("profileId", "field");

-- AddForeignKey
ALTER TABLE "Scenario" ADD CONSTRAINT "Scenario_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Device"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeTier" ADD CONSTRAINT "ExchangeTier_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "ExchangeProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExchangeSource" ADD CONSTRAINT "ExchangeSource_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "ExchangeProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;
