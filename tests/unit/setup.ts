// Unit tests run in Node: the matcher build reads its word lists and country names from the packages.
import { useNodeNameResources } from '@/lib/node/nameResources';

useNodeNameResources();
