-- AlterEnum
ALTER TYPE "IndicatorUnit" ADD VALUE 'POINTS';
