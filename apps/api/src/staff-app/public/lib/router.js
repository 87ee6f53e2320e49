// Hash routes (#/participants/…): the server serves one page at /app/, the service worker caches it.
const routes = [];

export const route = (pattern, render) => {
  const names = [];
  const regex = new RegExp(`^${pattern.replace(/:([a-zA-Z]+)/g, (_match, name) => (names.push(name), '([^/]+)'))}$`);
  routes.push({ regex, names, render });
};

export const currentPath = () => window.location.hash.replace(/^#/, '') || '/';

export const navigate = (path) => {
  if (currentPath() === path) void render();
  else window.location.hash = path;
};

export const render = async () => {
  const path = currentPath();
  for (const { regex, names, render: screen } of routes) {
    const match = regex.exec(path);
    if (match !== null) {
      const params = Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(match[index + 1])]));
      await screen(params);
      return;
    }
  }
  window.location.hash = '/';
};
