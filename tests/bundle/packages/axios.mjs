// axios: ES module sources with "exports" map choosing its node build; a custom adapter, no network.
import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.example.com/v1', headers: { 'X-Test': '1' } });
api.interceptors.request.use((config) => { config.headers['X-Added'] = 'yes'; return config; });
api.defaults.adapter = async (config) => ({ data: { url: api.getUri(config), method: config.method, added: config.headers['X-Added'], body: config.data }, status: 200, statusText: 'OK', headers: {}, config });
api.post('/items', { a: 1 }, { params: { q: 'x y' } }).then((r) => {
  console.log(JSON.stringify(r.data), r.status, axios.isAxiosError(new axios.AxiosError('boom')), typeof axios.CancelToken);
});
