export { type RedisStoresOptions, redisStores, type StoreName } from './redis-stores';
